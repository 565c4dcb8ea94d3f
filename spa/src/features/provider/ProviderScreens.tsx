import { Button, Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { useEffect, useState } from "react";
import { useNavigate, useParams, useRoutes, useSearchParams } from "react-router";
import { overdueFirst, statusesOf, useReferral, useReferrals, useTransitions, type Status } from "../../api/referrals";
import { CheckboxField, SelectField } from "../../components/fields";
import { Loading } from "../../components/Loading";
import { ProblemDisplay } from "../../components/ProblemDisplay";
import { ReferralFacts, ReferralHistory, StatusBadge, useEnumLabel } from "../../components/referral";
import { ReferralForm } from "../../components/ReferralForm";
import { ReferralTable } from "../../components/ReferralTable";
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
  const label = useEnumLabel();
  const [params, setParams] = useSearchParams();
  const status = params.get("status") ?? "";
  const overdue = params.get("overdue") === "true";
  const statuses = statusesOf(useTransitions().data?.transitions ?? []);
  const referrals = useReferrals({
    direction: "incoming",
    ...(status !== "" && { status: [status as Status] }),
    ...(overdue && { overdue: true }),
  });
  const set = (name: string, value: string) =>
    setParams((p) => {
      if (value === "") p.delete(name);
      else p.set(name, value);
      return p;
    });
  useEffect(() => {
    document.title = t("inbox.documentTitle");
  }, [t]);
  return (
    <>
      <ProviderNav />
      <Heading1>{t("inbox.heading")}</Heading1>
      <form className="welzijn-filters" aria-label={t("inbox.filters")} onSubmit={(e) => e.preventDefault()}>
        <SelectField location="status" label={t("referral.status")} value={status} onChange={(e) => set("status", e.currentTarget.value)}>
          <option value="">{t("filters.allStatuses")}</option>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {label("status", s)}
            </option>
          ))}
        </SelectField>
        <CheckboxField
          location="overdue"
          label={t("filters.overdueOnly")}
          checked={overdue}
          onChange={(e) => set("overdue", e.currentTarget.checked ? "true" : "")}
        />
      </form>
      {referrals.isPending ? (
        <Loading>{t("referrals.loading")}</Loading>
      ) : referrals.isError ? (
        <ProblemDisplay error={referrals.error} onRetry={() => void referrals.refetch()} />
      ) : (
        <ReferralTable
          caption={t("inbox.caption")}
          referrals={overdueFirst(referrals.data.items)}
          party="sender"
          linkTo={(r) => `/aanbieder/verwijzingen/${r.id}`}
        />
      )}
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
