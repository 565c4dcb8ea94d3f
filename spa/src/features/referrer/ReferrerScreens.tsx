import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { useEffect } from "react";
import { useRoutes, useSearchParams } from "react-router";
import { statusesOf, useReferrals, useTransitions, type Status } from "../../api/referrals";
import { CheckboxField, SelectField } from "../../components/fields";
import { Loading } from "../../components/Loading";
import { ProblemDisplay } from "../../components/ProblemDisplay";
import { useEnumLabel } from "../../components/referral";
import { ReferralTable } from "../../components/ReferralTable";
import { RouterLink } from "../../components/RouterLink";
import { useI18n } from "../../i18n/context";
import { NewReferralScreen } from "./NewReferralScreen";
import { ReferralScreen } from "./ReferralScreen";

/** The referrer's outbox: what it sent, with live status, overdue marked; filters in the URL. */
function OutboxScreen() {
  const { t } = useI18n();
  const label = useEnumLabel();
  const [params, setParams] = useSearchParams();
  const status = params.get("status") ?? "";
  const overdue = params.get("overdue") === "true";
  const statuses = statusesOf(useTransitions().data?.transitions ?? []);
  const referrals = useReferrals({
    direction: "outgoing",
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
    document.title = t("outbox.documentTitle");
  }, [t]);

  return (
    <>
      <Heading1>{t("outbox.heading")}</Heading1>
      <Paragraph>
        <RouterLink to="/verwijzer/nieuw">{t("outbox.new")}</RouterLink>
      </Paragraph>
      <form className="welzijn-filters" aria-label={t("outbox.filters")} onSubmit={(e) => e.preventDefault()}>
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
          caption={t("outbox.caption")}
          referrals={referrals.data.items}
          party="provider"
          linkTo={(r) => `/verwijzer/verwijzingen/${r.id}`}
        />
      )}
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
