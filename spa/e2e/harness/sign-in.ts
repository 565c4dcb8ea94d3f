import type { Page } from "@playwright/test";
import type { RunningApi } from "./api";
import type { RunningSpa } from "./spa";

/** The public client the browser tests register for the SPA's port (code + PKCE). */
export const E2E_CLIENT_ID = "welzijn-spa-e2e";
/** The demo seed's password of every staff account. */
export const DEMO_PASSWORD = "demo-password";

export const ACCOUNTS = {
  referrer: "huisarts@hillegom.example",
  provider: "coordinator@welzijnskompas.example",
  municipality: "beleid@hillegom.example",
  admin: "admin@welzijn.example",
} as const;

/** Whether the API serves its sign-in page (GET /v1/auth/authorize); 404 while it has none. */
export async function hasAuthorizePage(api: RunningApi): Promise<boolean> {
  const response = await fetch(`${api.url}/auth/authorize?response_type=code`, { redirect: "manual" });
  return response.status !== 404 && response.status !== 405;
}

/** Registers the SPA under test as a public client with its own redirect URI. */
export async function registerSpaClient(api: RunningApi, spa: RunningSpa): Promise<void> {
  await api.welzijn([
    "clients",
    "create",
    "--client-id",
    E2E_CLIENT_ID,
    "--organisation",
    "hltsamen",
    "--public",
    "--redirect-uri",
    `${spa.origin}/callback`,
  ]);
}

/**
 * Until the API has its sign-in page, the browser meets a stand-in at the same URLs: the
 * authorize URL answers with a username/password form, whose post signs in with the API's
 * password grant (from the test, never from the SPA) and redirects back with a one-time code,
 * which the token endpoint exchanges for that token. The SPA does exactly what it does
 * against the real page; once the API serves it, `signIn` uses the real one.
 */
async function standInAuthorizePage(page: Page, api: RunningApi): Promise<void> {
  const tokens = new Map<string, string>();
  const authorize = `${api.url}/auth/authorize`;
  await page.route(`${authorize}?*`, async (route) => {
    const request = route.request();
    const query = new URL(request.url()).searchParams;
    if (request.method() === "GET") {
      await route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><html lang="nl"><title>Inloggen</title><main><h1>Inloggen</h1>
          <form method="post" action="${authorize}?${query.toString()}">
          <label for="u">E-mailadres</label><input id="u" name="username" autocomplete="username">
          <label for="p">Wachtwoord</label><input id="p" name="password" type="password">
          <button type="submit">Inloggen</button></form></main></html>`,
      });
      return;
    }
    const form = new URLSearchParams(request.postData() ?? "");
    const answer = await fetch(`${api.url}/auth/token`, {
      method: "POST",
      body: new URLSearchParams({ grant_type: "password", username: form.get("username") ?? "", password: form.get("password") ?? "" }),
    });
    const code = crypto.randomUUID();
    tokens.set(code, await answer.text());
    const back = new URL(query.get("redirect_uri") ?? "");
    back.search = new URLSearchParams({ code, state: query.get("state") ?? "" }).toString();
    await route.fulfill({ status: 302, headers: { Location: back.href } });
  });
  await page.route(`${api.url}/auth/token`, async (route) => {
    const form = new URLSearchParams(route.request().postData() ?? "");
    const token = tokens.get(form.get("code") ?? "");
    if (form.get("grant_type") !== "authorization_code" || token === undefined) return route.continue();
    tokens.delete(form.get("code") ?? "");
    const origin = route.request().headers().origin ?? "*";
    await route.fulfill({ contentType: "application/json", headers: { "Access-Control-Allow-Origin": origin }, body: token });
  });
}

const registered = new WeakSet<RunningApi>();

/**
 * Signs in the way a user does: the header's "Inloggen", the API's sign-in page, back at
 * `path` of the SPA. Tokens stay in the page's memory, so the test navigates by links after this.
 */
export async function signIn(page: Page, api: RunningApi, spa: RunningSpa, username: string, path: string): Promise<void> {
  if (!(await hasAuthorizePage(api))) {
    await standInAuthorizePage(page, api);
  } else if (!registered.has(api)) {
    await registerSpaClient(api, spa);
    registered.add(api);
  }
  await page.goto(`${spa.origin}${path}`);
  await page.getByRole("banner").getByRole("button", { name: "Inloggen" }).click();
  await page.getByLabel(/e-?mail|gebruikersnaam|username/i).fill(username);
  await page.getByLabel(/wachtwoord|password/i).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: /inloggen|sign in/i }).click();
  await page.waitForURL((url) => url.origin === spa.origin && url.pathname === path);
  await page.getByRole("banner").getByRole("button", { name: "Uitloggen" }).waitFor();
}
