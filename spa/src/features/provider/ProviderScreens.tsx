import { Button, Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { useEffect, useState } from "react";
import { useNavigate, useParams, useRoutes } from "react-router";
import { overdueFirst, useReferral } from "../../api/referrals";
import { Loading } from "../../components/Loading";
import { ProblemDisplay } from "../../components/ProblemDisplay";
import { ReferralFacts, ReferralHistory, StatusBadge } from "../../components/referral";
import { ReferralForm } from "../../components/ReferralForm";
import { ReferralList } from "../../components/ReferralList";
import { RouterLink } from "../../components/RouterLink";
import { StatusMoves } from "../../components/StatusMoves";
import { useI18n } from "../../i18n/context";
import { useIdentity } from "../../session/context";
import { ActivitiesScreen, ActivityEditScreen } from "./ActivitiesScreen";

function ProviderNav() {
  const { t } = useI18n();
  return (
    <nav aria-label={t("provider.nav")}>
      <UnorderedList className="welzijn-tabs">
        <UnorderedListItem>
          <RouterLink to="/aanbieder">{t("inbox.heading")}</RouterLink>
        </UnorderedListItem>
        <UnorderedListItem>
          <RouterLink to="/aanbieder/activiteiten">{t("provider.ownActivities")}</RouterLink>
        </UnorderedListItem>
      </UnorderedList>
    </nav>
  );
}

/** Incoming referrals, overdue first; filters in the URL; status refreshed while open. */
function InboxScreen() {
  const { t } = useI18n();
  useEffect(() => {
    document.title = t("inbox.documentTitle");
  }, [t]);
  return (
    <>
      <ProviderNav />
      <Heading1>{t("inbox.heading")}</Heading1>
      <ReferralList
        direction="incoming"
        filtersLabel={t("inbox.filters")}
        caption={t("inbox.caption")}
        party="sender"
        linkTo={(r) => `/aanbieder/verwijzingen/${r.id}`}
        order={overdueFirst}
      />
    </>
  );
}

/** One incoming referral: the receiver's moves from the lifecycle table, forwarding, history. */
function IncomingReferralScreen() {
  const { t } = useI18n();
  const identity = useIdentity();
  const navigate = useNavigate();
  const { referralId = "" } = useParams();
  const referral = useReferral(referralId);
  const [forwarding, setForwarding] = useState(false);
  useEffect(() => {
    document.title = t("referral.documentTitle");
  }, [t]);
  if (referral.isPending) return <Loading>{t("referral.loading")}</Loading>;
  if (referral.isError) return <ProblemDisplay error={referral.error} onRetry={() => void referral.refetch()} />;
  const r = referral.data;
  return (
    <>
      <RouterLink to="/aanbieder">{t("inbox.back")}</RouterLink>
      <Heading1>{t("referral.heading")}</Heading1>
      <StatusBadge referral={r} />
      <ReferralFacts referral={r} />
      <StatusMoves referral={r} party={identity.role === "admin" ? "admin" : "receiver"} />
      {r.status === "requested" && (
        <section aria-labelledby="forward-heading">
          <Heading2 id="forward-heading">{t("forward.heading")}</Heading2>
          {forwarding ? (
            <ReferralForm
              residentId={r.resident.id}
              birthDate={r.resident.birthDate}
              previous={r}
              onSent={(next) => void navigate(`/aanbieder?forwarded=${next.id}`)}
            />
          ) : (
            <>
              <Paragraph>{t("forward.text")}</Paragraph>
              <Button appearance="secondary-action-button" onClick={() => setForwarding(true)}>
                {t("forward.start")}
              </Button>
            </>
          )}
        </section>
      )}
      <ReferralHistory referralId={r.id} />
    </>
  );
}

export default function ProviderScreens() {
  return useRoutes([
    { index: true, element: <InboxScreen /> },
    { path: "verwijzingen/:referralId", element: <IncomingReferralScreen /> },
    { path: "activiteiten", element: <><ProviderNav /><ActivitiesScreen /></> },
    { path: "activiteiten/nieuw", element: <ActivityEditScreen /> },
    { path: "activiteiten/:activityId", element: <ActivityEditScreen /> },
  ]);
}
