import { Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { residentName, type Referral } from "../api/referrals";
import { useI18n } from "../i18n/context";
import { StatusBadge } from "./referral";
import { RouterLink } from "./RouterLink";

/** Referrals in a table: resident (linked to the referral), other party, status with overdue mark, date. */
export function ReferralTable({ caption, referrals, party, linkTo }: {
  caption: string;
  referrals: readonly Referral[];
  party: "provider" | "sender";
  linkTo: (referral: Referral) => string;
}) {
  const { t, language } = useI18n();
  if (referrals.length === 0) return <Paragraph>{t("referrals.none")}</Paragraph>;
  return (
    <Table className="welzijn-table">
      <TableCaption>{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t("referral.resident")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t(party === "provider" ? "referral.provider" : "referral.sender")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("referral.status")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("referral.requestedAt")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {referrals.map((r) => (
          <TableRow key={r.id} className={r.overdue ? "welzijn-row-overdue" : undefined}>
            <TableCell>
              <RouterLink to={linkTo(r)}>{residentName(r.resident) || t("referral.residentHidden")}</RouterLink>
            </TableCell>
            <TableCell>{party === "provider" ? r.providerName : r.senderName}</TableCell>
            <TableCell>
              <StatusBadge referral={r} />
            </TableCell>
            <TableCell>{new Date(r.requestedAt).toLocaleDateString(language === "nl" ? "nl-NL" : "en-GB")}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
