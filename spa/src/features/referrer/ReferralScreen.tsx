import { Heading1 } from "@utrecht/component-library-react";
import { useEffect } from "react";
import { useParams } from "react-router";
import { useReferral } from "../../api/referrals";
import { Loading } from "../../components/Loading";
import { ProblemDisplay } from "../../components/ProblemDisplay";
import { ReferralFacts, ReferralHistory, StatusBadge } from "../../components/referral";
import { RouterLink } from "../../components/RouterLink";
import { StatusMoves } from "../../components/StatusMoves";
import { useI18n } from "../../i18n/context";

/** One sent referral: its facts, live status, the sender's moves (cancel) and its history. */
export function ReferralScreen() {
  const { t } = useI18n();
  const { referralId = "" } = useParams();
  const referral = useReferral(referralId);
  useEffect(() => {
    document.title = t("referral.documentTitle");
  }, [t]);
  return (
    <>
      <RouterLink to="/verwijzer">{t("outbox.back")}</RouterLink>
      <Heading1>{t("referral.heading")}</Heading1>
      {referral.isPending ? (
        <Loading>{t("referral.loading")}</Loading>
      ) : referral.isError ? (
        <ProblemDisplay error={referral.error} onRetry={() => void referral.refetch()} />
      ) : (
        <>
          <StatusBadge referral={referral.data} />
          <ReferralFacts referral={referral.data} />
          <StatusMoves referral={referral.data} party="sender" />
          <ReferralHistory referralId={referral.data.id} />
        </>
      )}
    </>
  );
}
