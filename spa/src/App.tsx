import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { BrowserRouter, useRoutes } from "react-router";
import { createApiClient } from "./api/client";
import { ApiContext, type Api } from "./api/context";
import { ApiError } from "./api/problem";
import { NotFoundScreen } from "./components/NotFoundScreen";
import { PageShell } from "./components/PageShell";
import type { RuntimeConfig } from "./config";
import { prefetchSocialMap } from "./features/social-map/hooks";
import { socialMapRoutes } from "./features/social-map/routes";
import { I18nProvider } from "./i18n/I18nProvider";

/** Answers the reader must act on (4xx) are shown at once; others are tried twice more. */
function retry(failures: number, error: unknown): boolean {
  return !(error instanceof ApiError && error.status < 500) && failures < 2;
}

/** What the app holds for its whole life: the API client and the query cache. */
export function createApp(config: RuntimeConfig): { api: Api; queries: QueryClient } {
  return {
    api: { config, client: createApiClient(config.apiUrl) },
    queries: new QueryClient({ defaultOptions: { queries: { retry, staleTime: 30_000, refetchOnWindowFocus: false } } }),
  };
}

/** Starts the first screen's requests before the first render (each feature knows its own). */
export function prefetch({ api, queries }: { api: Api; queries: QueryClient }, url: URL): void {
  const path = `/${url.pathname.slice(import.meta.env.BASE_URL.length)}`;
  prefetchSocialMap(queries, api, path, url.searchParams);
}

function Screens() {
  return useRoutes([...socialMapRoutes, { path: "*", element: <NotFoundScreen /> }]);
}

export function App({ api, queries }: { api: Api; queries: QueryClient }) {
  return (
    <ApiContext.Provider value={api}>
      <QueryClientProvider client={queries}>
        <I18nProvider>
          <BrowserRouter basename={import.meta.env.BASE_URL}>
            <PageShell>
              <Screens />
            </PageShell>
          </BrowserRouter>
        </I18nProvider>
      </QueryClientProvider>
    </ApiContext.Provider>
  );
}
