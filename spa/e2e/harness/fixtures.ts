import { test as base } from "@playwright/test";
import { startApi, type RunningApi } from "./api";
import { freePort } from "./ports";
import { E2E_CLIENT_ID } from "./sign-in";
import { startSpa, type RunningSpa } from "./spa";

export { expect } from "@playwright/test";

type Servers = {
  /** The port the SPA will listen on: the API's CORS allow-list names it before either starts. */
  spaPort: number;
  /** The real API on a fresh SQLite database with the demo seed, one per worker. */
  api: RunningApi;
  /** The production build, served and configured at run time to call `api`. */
  spa: RunningSpa;
};

/**
 * Browser tests start what they test: `api` for tests of the API alone (Swagger UI at
 * `${api.origin}/v1/docs`), `spa` for the front end (which starts `api` too). Both live as
 * long as the worker, so tests that change data must not rely on other tests' changes.
 */
export const test = base.extend<object, Servers>({
  // Playwright reads a fixture's dependencies from its destructured first parameter.
  // eslint-disable-next-line no-empty-pattern
  spaPort: [async ({}, use) => use(await freePort()), { scope: "worker" }],
  api: [
    async ({ spaPort }, use) => {
      const api = await startApi({ corsOrigins: [`http://127.0.0.1:${spaPort}`] });
      await use(api);
      await api.stop();
    },
    { scope: "worker", timeout: 120_000 },
  ],
  spa: [
    async ({ api, spaPort }, use) => {
      const spa = await startSpa({ apiUrl: api.url, pageSize: 6, clientId: E2E_CLIENT_ID }, spaPort);
      await use(spa);
      await spa.stop();
    },
    { scope: "worker", timeout: 60_000 },
  ],
});
