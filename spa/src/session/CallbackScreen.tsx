import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { useEffect, useRef, useState } from "react";
import { useNavigate } from "react-router";
import { SignInFailed } from "../auth/signIn";
import { Loading } from "../components/Loading";
import { ProblemDisplay } from "../components/ProblemDisplay";
import { useI18n } from "../i18n/context";
import { useSession } from "./context";

/** The redirect back from the sign-in page: exchanges the code once, then goes on. */
export function CallbackScreen() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const started = useRef(false);
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    session.completeSignIn(new URL(window.location.href)).then(
      (returnTo) => void navigate(returnTo, { replace: true }),
      setError,
    );
  }, [session, navigate]);

  useEffect(() => {
    document.title = t("signIn.documentTitle");
  }, [t]);

  if (error === undefined) return <Loading>{t("signIn.completing")}</Loading>;
  return (
    <>
      <Heading1>{t("signIn.failed")}</Heading1>
      {error instanceof SignInFailed ? (
        <Paragraph>{error.description ?? t("signIn.failedReason", { reason: error.reason })}</Paragraph>
      ) : (
        <ProblemDisplay error={error} />
      )}
    </>
  );
}
