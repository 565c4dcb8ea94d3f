import { Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { useLocation } from "react-router";
import type { StaffRole } from "../auth/identity";
import { useI18n } from "../i18n/context";
import { useSession } from "./context";

/** A signed-in role's screens: others are asked to sign in, or told the screen is not theirs. */
export function RequireRole({ roles, children }: { roles: readonly StaffRole[]; children: ReactNode }) {
  const { t } = useI18n();
  const { identity, signIn } = useSession();
  const location = useLocation();
  if (identity === undefined) {
    return (
      <>
        <Heading1>{t("signIn.required")}</Heading1>
        <Paragraph>{t("signIn.requiredText")}</Paragraph>
        <Button appearance="primary-action-button" onClick={() => void signIn(location.pathname + location.search)}>
          {t("signIn.button")}
        </Button>
      </>
    );
  }
  if (!roles.includes(identity.role)) {
    return (
      <>
        <Heading1>{t("signIn.notYours")}</Heading1>
        <Paragraph>{t("signIn.notYoursText")}</Paragraph>
      </>
    );
  }
  return children;
}
