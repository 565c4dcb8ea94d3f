import { Button, Link, PageContent, PageFooter, PageHeader, Paragraph, SkipLink } from "@utrecht/component-library-react";
import { useEffect, useRef, type ReactNode } from "react";
import { useLocation, useNavigate } from "react-router";
import { useApi } from "../api/context";
import { useI18n } from "../i18n/context";
import { useSession } from "../session/context";
import { ROLE_HOME } from "../session/roles";
import { RouterLink } from "./RouterLink";

/** The signed-in role's screens, and signing in or out. */
function SessionNav() {
  const { t } = useI18n();
  const { identity, signIn, signOut } = useSession();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  if (identity === undefined) {
    return (
      <Button appearance="secondary-action-button" onClick={() => void signIn(pathname === "/callback" ? "/" : pathname + search)}>
        {t("signIn.button")}
      </Button>
    );
  }
  const home = ROLE_HOME[identity.role];
  return (
    <nav aria-label={t("nav.label")} className="welzijn-nav">
      <RouterLink to={home.path}>{t(home.label)}</RouterLink>
      <Button
        appearance="subtle-button"
        onClick={() => void signOut().then(() => navigate("/"))}
      >
        {t("signIn.signOut")}
      </Button>
    </nav>
  );
}

function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  const other = language === "nl" ? "en" : "nl";
  return (
    <Button appearance="subtle-button" lang={other} onClick={() => setLanguage(other)}>
      {t("language.switch")}
    </Button>
  );
}

/** Header, main landmark and footer of every screen; moves focus to the new screen on navigation. */
export function PageShell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { config } = useApi();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <div className="utrecht-page welzijn-page">
      <SkipLink href="#main">{t("app.skipToContent")}</SkipLink>
      <PageHeader className="welzijn-header">
        <RouterLink to="/" className="welzijn-brand">
          {t("app.name")}
        </RouterLink>
        <div className="welzijn-header-tools">
          <SessionNav />
          <LanguageSwitch />
        </div>
      </PageHeader>
      <PageContent>
        <main id="main" ref={main} tabIndex={-1} className="welzijn-main">
          {children}
        </main>
      </PageContent>
      <PageFooter className="welzijn-footer">
        <Paragraph appearance="small">{t("app.footer")}</Paragraph>
        <Paragraph appearance="small">
          <Link href={`${config.apiUrl}/docs`}>{t("app.apiDocs")}</Link>
        </Paragraph>
      </PageFooter>
    </div>
  );
}
