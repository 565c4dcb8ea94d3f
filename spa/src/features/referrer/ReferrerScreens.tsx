import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { useEffect } from "react";
import { useRoutes } from "react-router";
import { ReferralList } from "../../components/ReferralList";
import { RouterLink } from "../../components/RouterLink";
import { useI18n } from "../../i18n/context";
import { NewReferralScreen } from "./NewReferralScreen";
import { ReferralScreen } from "./ReferralScreen";

/** The referrer's outbox: what it sent, with live status, overdue marked; filters in the URL. */
function OutboxScreen() {
  const { t } = useI18n();
  useEffect(() => {
    document.title = t("outbox.documentTitle");
  }, [t]);
  return (
    <>
      <Heading1>{t("outbox.heading")}</Heading1>
      <Paragraph>
        <RouterLink to="/verwijzer/nieuw">{t("outbox.new")}</RouterLink>
      </Paragraph>
      <ReferralList
        direction="outgoing"
        filtersLabel={t("outbox.filters")}
        caption={t("outbox.caption")}
        party="provider"
        linkTo={(r) => `/verwijzer/verwijzingen/${r.id}`}
      />
    </>
  );
}

export default function ReferrerScreens() {
  return useRoutes([
    { index: true, element: <OutboxScreen /> },
    { path: "nieuw", element: <NewReferralScreen /> },
    { path: "verwijzingen/:referralId", element: <ReferralScreen /> },
  ]);
}
