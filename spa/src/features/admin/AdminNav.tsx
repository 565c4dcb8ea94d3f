import { UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { RouterLink } from "../../components/RouterLink";
import { useI18n } from "../../i18n/context";
import { useCan } from "../../session/me";

/** The admin's screens that /me's capabilities allow: the audit trail, accounts, clients. */
export function AdminNav() {
  const { t } = useI18n();
  const audit = useCan("audit.read");
  const staff = useCan("staff.manage");
  if (!audit && !staff) return null;
  return (
    <nav aria-label={t("admin.nav")}>
      <UnorderedList className="welzijn-tabs">
        {audit && (
          <UnorderedListItem>
            <RouterLink to="/beheer">{t("audit.heading")}</RouterLink>
          </UnorderedListItem>
        )}
        {staff && (
          <>
            <UnorderedListItem>
              <RouterLink to="/beheer/accounts">{t("users.heading")}</RouterLink>
            </UnorderedListItem>
            <UnorderedListItem>
              <RouterLink to="/beheer/clients">{t("clients.heading")}</RouterLink>
            </UnorderedListItem>
          </>
        )}
      </UnorderedList>
    </nav>
  );
}
