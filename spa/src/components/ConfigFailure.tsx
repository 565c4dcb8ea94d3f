import { Alert, Heading1, Paragraph } from "@utrecht/component-library-react";
import { I18nProvider } from "../i18n/I18nProvider";
import { useI18n } from "../i18n/context";

function Message({ error }: { error: unknown }) {
  const { t } = useI18n();
  return (
    <main className="welzijn-main">
      <Alert type="error">
        <Heading1>{t("config.heading")}</Heading1>
        <Paragraph>{t("config.text")}</Paragraph>
        <Paragraph appearance="small">{error instanceof Error ? error.message : String(error)}</Paragraph>
      </Alert>
    </main>
  );
}

/** Shown when config.json is missing or wrong: the deploy must write it (see spa/README.md). */
export function ConfigFailure({ error }: { error: unknown }) {
  return (
    <I18nProvider>
      <Message error={error} />
    </I18nProvider>
  );
}
