import { useSearchParams } from "react-router";
import {
  statusesOf,
  useReferrals,
  useTransitions,
  type Referral,
  type ReferralQuery,
  type Status,
} from "../api/referrals";
import { useI18n } from "../i18n/context";
import { CheckboxField, SelectField } from "./fields";
import { Loading } from "./Loading";
import { ProblemDisplay } from "./ProblemDisplay";
import { useEnumLabel } from "./referral";
import { ReferralTable } from "./ReferralTable";

/**
 * A referrer's outbox or a provider's inbox: status and overdue filters kept in the URL (so a
 * filtered list can be shared), the referrals they select, and their table.
 */
export function ReferralList({ direction, filtersLabel, caption, party, linkTo, order = (items) => items }: {
  direction: NonNullable<ReferralQuery["direction"]>;
  filtersLabel: string;
  caption: string;
  party: "provider" | "sender";
  linkTo: (referral: Referral) => string;
  order?: (items: readonly Referral[]) => readonly Referral[];
}) {
  const { t } = useI18n();
  const label = useEnumLabel();
  const [params, setParams] = useSearchParams();
  const status = params.get("status") ?? "";
  const overdue = params.get("overdue") === "true";
  const statuses = statusesOf(useTransitions().data?.transitions ?? []);
  const referrals = useReferrals({
    direction,
    ...(status !== "" && { status: [status as Status] }),
    ...(overdue && { overdue: true }),
  });
  const set = (name: string, value: string) =>
    setParams((p) => {
      if (value === "") p.delete(name);
      else p.set(name, value);
      return p;
    });
  return (
    <>
      <form className="welzijn-filters" aria-label={filtersLabel} onSubmit={(e) => e.preventDefault()}>
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
        <ReferralTable caption={caption} referrals={order(referrals.data.items)} party={party} linkTo={linkTo} />
      )}
    </>
  );
}
