import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { BrowserRouter, useRoutes } from "react-router";
import { lazy, Suspense, type ComponentType } from "react";
import { createApiClient } from "./api/client";
import { ApiContext, type Api } from "./api/context";
import { ApiError } from "./api/problem";
import { authEndpoints } from "./auth/endpoints";
import type { StaffRole } from "./auth/identity";
import { TokenSession } from "./auth/session";
import { Loading } from "./components/Loading";
import { NotFoundScreen } from "./components/NotFoundScreen";
import { PageShell } from "./components/PageShell";
import type { RuntimeConfig } from "./config";
import { prefetchSocialMap } from "./features/social-map/hooks";
import { socialMapRoutes } from "./features/social-map/routes";
import { useI18n } from "./i18n/context";
import { I18nProvider } from "./i18n/I18nProvider";
import { CallbackScreen } from "./session/CallbackScreen";
import { RequireRole } from "./session/RequireRole";
import { SessionProvider } from "./session/SessionProvider";

/** Answers the reader must act on (4xx) are shown at once; others are tried twice more. */
function retry(failures: number, error: unknown): boolean {
  return !(error instanceof ApiError && error.status < 500) && failures < 2;
}

export type AppParts = { api: Api; queries: QueryClient; tokens: TokenSession };

/** What the app holds for its whole life: the tokens (memory only), the API client, the query cache. */
export function createApp(config: RuntimeConfig): AppParts {
  const tokens = new TokenSession(authEndpoints(config.apiUrl, config.clientId));
  return {
    tokens,
    api: { config, client: createApiClient(config.apiUrl, () => tokens.accessToken()) },
    queries: new QueryClient({ defaultOptions: { queries: { retry, staleTime: 30_000, refetchOnWindowFocus: false } } }),
  };
}

/** Starts the first screen's requests before the first render (each feature knows its own). */
export function prefetch({ api, queries }: { api: Api; queries: QueryClient }, url: URL): void {
  const path = `/${url.pathname.slice(import.meta.env.BASE_URL.length)}`;
  prefetchSocialMap(queries, api, path, url.searchParams);
}

/** Each role's screens load with their first visit, so the social map stays small. */
const roleScreens: readonly { path: string; roles: readonly StaffRole[]; screen: ComponentType }[] = [
  { path: "verwijzer/*", roles: ["referrer", "admin"], screen: lazy(() => import("./features/referrer/ReferrerScreens")) },
  { path: "aanbieder/*", roles: ["provider", "admin"], screen: lazy(() => import("./features/provider/ProviderScreens")) },
  { path: "gemeente/*", roles: ["municipality", "admin"], screen: lazy(() => import("./features/monitor/MonitorScreens")) },
  { path: "beheer/*", roles: ["admin"], screen: lazy(() => import("./features/admin/AdminScreens")) },
];

function LoadingScreen() {
  const { t } = useI18n();
  return <Loading>{t("app.loadingScreen")}</Loading>;
}

function Screens() {
  return useRoutes([
    ...socialMapRoutes,
    { path: "callback", element: <CallbackScreen /> },
    ...roleScreens.map(({ path, roles, screen: Screen }) => ({
      path,
      element: (
        <RequireRole roles={roles}>
          <Suspense fallback={<LoadingScreen />}>
            <Screen />
          </Suspense>
        </RequireRole>
      ),
    })),
    { path: "*", element: <NotFoundScreen /> },
  ]);
}

export function App({ api, queries, tokens }: AppParts) {
  return (
    <ApiContext.Provider value={api}>
      <QueryClientProvider client={queries}>
        <I18nProvider>
          <SessionProvider tokens={tokens}>
            <BrowserRouter basename={import.meta.env.BASE_URL}>
              <PageShell>
                <Screens />
              </PageShell>
            </BrowserRouter>
          </SessionProvider>
        </I18nProvider>
      </QueryClientProvider>
    </ApiContext.Provider>
  );
}
