import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { useI18n } from "../i18n/context";
import { RouterLink } from "./RouterLink";

export function NotFoundScreen() {
  const { t } = useI18n();
  return (
    <>
      <title>{t("notFound.documentTitle")}</title>
      <Heading1>{t("notFound.heading")}</Heading1>
      <Paragraph>{t("notFound.text")}</Paragraph>
      <Paragraph>
        <RouterLink to="/">{t("notFound.home")}</RouterLink>
      </Paragraph>
    </>
  );
}
