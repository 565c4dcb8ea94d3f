import { Button, Link, PageContent, PageFooter, PageHeader, Paragraph, SkipLink } from "@utrecht/component-library-react";
import { useEffect, useRef, type ReactNode } from "react";
import { useLocation } from "react-router";
import { useApi } from "../api/context";
import { useI18n } from "../i18n/context";
import { RouterLink } from "./RouterLink";

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
        <LanguageSwitch />
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
