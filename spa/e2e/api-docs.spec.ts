import type { Page } from "@playwright/test";
import { expectAccessible } from "./harness/axe";
import { expect, test } from "./harness/fixtures";

/**
 * Every request the page makes that does not go to the API under test is refused and kept,
 * so a test can show that the docs need nothing from the internet.
 */
async function keepToOrigin(page: Page, origin: string): Promise<string[]> {
  const elsewhere: string[] = [];
  // On the context, so that windows the page opens (the sign-in popup) are held to it too.
  await page.context().route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith("data:") || url.startsWith("blob:")) {
      await route.continue();
    } else {
      elsewhere.push(url);
      await route.abort();
    }
  });
  return elsewhere;
}

/** "Try it out" on GET /referrals, as the signed-in docs: 200, with the bearer token. */
async function tryListingReferrals(page: Page, apiUrl: string): Promise<void> {
  const operation = page.locator("#operations-referrals-listReferrals");
  await operation.locator(".opblock-summary").click();
  await operation.getByRole("button", { name: "Try it out" }).click();
  const listResponse = page.waitForResponse((response) => response.url().startsWith(`${apiUrl}/referrals`));
  await operation.getByRole("button", { name: "Execute" }).click();
  const answered = await listResponse;
  expect(answered.status()).toBe(200);
  expect(answered.request().headers()["authorization"]).toMatch(/^Bearer ey/);
  await expect(operation.locator(".live-responses-table td.response-col_status:not(.col_header)")).toHaveText("200");
}

test.describe("the API's own documentation", () => {
  test("Swagger UI logs in through Authorize and Try it out lists the referrals", async ({ page, api }) => {
    const elsewhere = await keepToOrigin(page, api.origin);
    await page.goto(`${api.origin}/v1/docs`);
    await expect(page.getByRole("heading", { name: /Welzijn API/ })).toBeVisible();

    await page.getByRole("button", { name: "Authorize" }).first().click();
    const passwordFlow = page
      .locator(".modal-ux .auth-container")
      .filter({ has: page.getByRole("heading", { name: "OAuth2 (OAuth2, password)" }) });
    await passwordFlow.getByLabel("username:").fill("huisarts@hillegom.example");
    await passwordFlow.getByLabel("password:", { exact: true }).fill("demo-password");
    const tokenResponse = page.waitForResponse((response) => response.url() === `${api.url}/auth/token`);
    await passwordFlow.getByRole("button", { name: "Apply given OAuth2 credentials" }).click();
    expect((await tokenResponse).status()).toBe(200);
    await expect(passwordFlow.getByRole("heading", { name: "Authorized" })).toBeVisible();
    await passwordFlow.getByRole("button", { name: "Close" }).click();

    await tryListingReferrals(page, api.url);
    expect(elsewhere).toEqual([]);
  });

  test("Swagger UI signs in with the authorization code flow and PKCE on the API's own page", async ({ page, api }) => {
    const elsewhere = await keepToOrigin(page, api.origin);
    await page.goto(`${api.origin}/v1/docs`);
    await page.getByRole("button", { name: "Authorize" }).first().click();
    const codeFlow = page
      .locator(".modal-ux .auth-container")
      .filter({ has: page.getByRole("heading", { name: "OAuth2 (OAuth2, authorizationCode with PKCE)" }) });
    await expect(codeFlow.getByLabel("client_id:")).toHaveValue("welzijn-api-docs");

    const popup = page.waitForEvent("popup");
    await codeFlow.getByRole("button", { name: "Apply given OAuth2 credentials" }).click();
    const signInPage = await popup;
    await expect(signInPage.getByRole("heading", { name: "Inloggen" })).toBeVisible();
    const authorizeUrl = new URL(signInPage.url());
    expect(authorizeUrl.pathname).toBe("/v1/auth/authorize");
    expect(authorizeUrl.searchParams.get("code_challenge_method")).toBe("S256");
    await signInPage.getByLabel("E-mailadres").fill("huisarts@hillegom.example");
    await signInPage.getByLabel("Wachtwoord").fill("demo-password");
    const tokenResponse = page.waitForResponse((response) => response.url() === `${api.url}/auth/token`);
    await signInPage.getByRole("button", { name: "Inloggen" }).click();
    const exchanged = await tokenResponse;
    expect(exchanged.status()).toBe(200);
    expect(exchanged.request().postData()).toContain("grant_type=authorization_code");
    expect(exchanged.request().postData()).toContain("code_verifier=");
    await expect(codeFlow.getByRole("heading", { name: "Authorized" })).toBeVisible();
    await codeFlow.getByRole("button", { name: "Close" }).click();

    await tryListingReferrals(page, api.url);
    expect(elsewhere).toEqual([]);
  });

  test("the sign-in page passes axe in Dutch and in English", async ({ page, api }) => {
    const query = new URLSearchParams({
      response_type: "code",
      client_id: "welzijn-api-docs",
      redirect_uri: `${api.url}/docs/oauth2-redirect`,
      state: "axe",
      code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
      code_challenge_method: "S256",
    });
    await page.goto(`${api.url}/auth/authorize?${query.toString()}`);
    await expectAccessible(page, "sign-in page (nl)");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await expectAccessible(page, "sign-in page (en)");
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("E-mail address")).toBeFocused();
  });

  test("ReDoc renders the whole reference with no request leaving the machine", async ({ page, api }) => {
    const elsewhere = await keepToOrigin(page, api.origin);
    await page.goto(`${api.origin}/v1/redoc`);
    await expect(page.getByRole("heading", { level: 1, name: /Welzijn API/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Inbox and outbox" }).first()).toBeAttached();
    expect(elsewhere).toEqual([]);
  });
});
