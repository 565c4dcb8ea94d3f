import { DataBadge, Heading2, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { residentName, useStatusChanges, type Referral } from "../api/referrals";
import { useI18n } from "../i18n/context";
import { Loading } from "./Loading";
import { ProblemDisplay } from "./ProblemDisplay";

/** A value of an API enum in the reader's words when the catalogue knows it, else as the API names it. */
export function useEnumLabel(): (prefix: "status" | "reason" | "activityStatus" | "registrationStatus", value: string) => string {
  const { t, has } = useI18n();
  return (prefix, value) => {
    const key = `${prefix}.${value}`;
    return has(key) ? t(key) : value;
  };
}

export function StatusBadge({ referral }: { referral: Pick<Referral, "status" | "overdue"> }) {
  const { t } = useI18n();
  const label = useEnumLabel();
  return (
    <span className="welzijn-status">
      <DataBadge className={`welzijn-status-${referral.status}`}>{label("status", referral.status)}</DataBadge>
      {referral.overdue && <DataBadge className="welzijn-overdue">{t("referral.overdue")}</DataBadge>}
    </span>
  );
}

/** The facts of one referral that both sides see. */
export function ReferralFacts({ referral }: { referral: Referral }) {
  const { t, language } = useI18n();
  const label = useEnumLabel();
  const when = (iso: string) => new Date(iso).toLocaleString(language === "nl" ? "nl-NL" : "en-GB", { dateStyle: "medium", timeStyle: "short" });
  const rows: [string, string][] = [
    [t("referral.resident"), residentName(referral.resident)],
    [t("referral.provider"), referral.providerName],
    [t("referral.sender"), referral.senderName],
    [t("referral.status"), label("status", referral.status) + (referral.overdue ? ` (${t("referral.overdue")})` : "")],
    [t("referral.requestedAt"), when(referral.requestedAt)],
    [t("referral.reason"), referral.reason ?? "–"],
    [t("referral.consent"), t("referral.consentBy", { by: t(`consent.${referral.consent.givenBy}`), method: t(`consentMethod.${referral.consent.method}`), at: when(referral.consent.givenAt) })],
    [t("referral.contactPerson"), [referral.contactPerson.name, referral.contactPerson.phone, referral.contactPerson.email].filter(Boolean).join(", ")],
  ];
  if (referral.reasonCode) rows.push([t("referral.reasonCode"), label("reason", referral.reasonCode)]);
  if (referral.outcome) rows.push([t("referral.outcome"), referral.outcome]);
  return (
    <dl className="welzijn-facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Every status change of a referral: when, from, to, why, by whom. */
export function ReferralHistory({ referralId }: { referralId: string }) {
  const { t, language } = useI18n();
  const label = useEnumLabel();
  const changes = useStatusChanges(referralId);
  return (
    <section aria-labelledby="history-heading">
      <Heading2 id="history-heading">{t("referral.history")}</Heading2>
      {changes.isPending ? (
        <Loading>{t("referral.historyLoading")}</Loading>
      ) : changes.isError ? (
        <ProblemDisplay error={changes.error} onRetry={() => void changes.refetch()} />
      ) : changes.data.items.length === 0 ? (
        <Paragraph>{t("referral.historyNone")}</Paragraph>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t("history.when")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("history.from")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("history.to")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("history.reason")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("history.by")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {changes.data.items.map((c) => (
              <TableRow key={c.sequence}>
                <TableCell>{new Date(c.changedAt).toLocaleString(language === "nl" ? "nl-NL" : "en-GB")}</TableCell>
                <TableCell>{c.fromStatus ? label("status", c.fromStatus) : "–"}</TableCell>
                <TableCell>{label("status", c.toStatus)}</TableCell>
                <TableCell>{[c.reasonCode && label("reason", c.reasonCode), c.note].filter(Boolean).join(": ") || "–"}</TableCell>
                <TableCell>{c.actor.role ?? c.actor.type}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
