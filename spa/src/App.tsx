import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { BrowserRouter, useRoutes } from "react-router";
import { createApiClient } from "./api/client";
import { ApiContext, type Api } from "./api/context";
import { ApiError } from "./api/problem";
import { NotFoundScreen } from "./components/NotFoundScreen";
import { PageShell } from "./components/PageShell";
import type { RuntimeConfig } from "./config";
import { socialMapRoutes } from "./features/social-map/routes";
import { I18nProvider } from "./i18n/I18nProvider";

/** Answers the reader must act on (4xx) are shown at once; others are tried twice more. */
function retry(failures: number, error: unknown): boolean {
  return !(error instanceof ApiError && error.status < 500) && failures < 2;
}

function Screens() {
  return useRoutes([...socialMapRoutes, { path: "*", element: <NotFoundScreen /> }]);
}

export function App({ config }: { config: RuntimeConfig }) {
  const [api] = useState<Api>(() => ({ config, client: createApiClient(config.apiUrl) }));
  const [queries] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry, staleTime: 30_000, refetchOnWindowFocus: false } } }),
  );
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
