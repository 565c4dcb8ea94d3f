import type { StaffRole } from "../auth/identity";
import type { MessageKey } from "../i18n/nl";

/** Each role's own screens: where it lands after signing in, and the header's link to it. */
export const ROLE_HOME: Readonly<Record<StaffRole, { path: string; label: MessageKey }>> = {
  referrer: { path: "/verwijzer", label: "nav.referrer" },
  provider: { path: "/aanbieder", label: "nav.provider" },
  municipality: { path: "/gemeente", label: "nav.municipality" },
  admin: { path: "/beheer", label: "nav.admin" },
};
