import { describe, expect, it, vi } from "vitest";
import { authEndpoints } from "./endpoints";
import { codeChallenge } from "./pkce";
import { TokenRefused } from "./session";
import { beginSignIn, completeSignIn, SignInFailed } from "./signIn";
import { MemoryStorage } from "./testing";

const OPTIONS = {
  apiUrl: "http://127.0.0.1:8000/v1",
  clientId: "welzijn-spa",
  redirectUri: "http://127.0.0.1:5173/callback",
  returnTo: "/verwijzingen",
};
const TOKENS = { access_token: "at-secret", token_type: "Bearer", expires_in: 900, refresh_token: "rt-secret" };

/** What the authorization server would redirect to after the reader signs in. */
function callbackFor(authorizeUrl: string, query: Record<string, string> = {}): URL {
  const state = new URL(authorizeUrl).searchParams.get("state") ?? "";
  return new URL(`${OPTIONS.redirectUri}?${new URLSearchParams({ code: "one-time-code", state, ...query })}`);
}

describe("signing in with authorization code and PKCE", () => {
  it("sends the challenge of a verifier it keeps, and exchanges the code with that verifier", async () => {
    const storage = new MemoryStorage();
    const url = await beginSignIn(OPTIONS, storage);
    const exchangeCode = vi.fn().mockResolvedValue(TOKENS);

    const { tokens, returnTo } = await completeSignIn(callbackFor(url), { exchangeCode }, storage);

    const [code, verifier, redirectUri] = exchangeCode.mock.calls[0] as [string, string, string];
    expect(code).toBe("one-time-code");
    expect(redirectUri).toBe(OPTIONS.redirectUri);
    expect(new URL(url).searchParams.get("code_challenge")).toBe(await codeChallenge(verifier));
    expect(tokens.accessToken).toBe("at-secret");
    expect(returnTo).toBe("/verwijzingen");
  });

  it("stores only the pending request, and nothing once the callback is handled", async () => {
    const storage = new MemoryStorage();
    const url = await beginSignIn(OPTIONS, storage);
    expect(storage.length).toBe(1);
    await completeSignIn(callbackFor(url), { exchangeCode: () => Promise.resolve(TOKENS) }, storage);
    expect(storage.length).toBe(0);
    expect(storage.dump()).not.toContain("secret");
  });

  it("exchanges nothing for a callback with a state this tab did not send, or a second time", async () => {
    const storage = new MemoryStorage();
    const url = await beginSignIn(OPTIONS, storage);
    const exchangeCode = vi.fn().mockResolvedValue(TOKENS);

    await expect(completeSignIn(callbackFor(url, { state: "forged" }), { exchangeCode }, storage)).rejects.toEqual(
      new SignInFailed("unknown-state"),
    );
    await completeSignIn(callbackFor(url), { exchangeCode }, storage);
    await expect(completeSignIn(callbackFor(url), { exchangeCode }, storage)).rejects.toBeInstanceOf(SignInFailed);
    expect(exchangeCode).toHaveBeenCalledTimes(1);
  });

  it("reports the reader's refusal and forgets the pending request", async () => {
    const storage = new MemoryStorage();
    const url = await beginSignIn(OPTIONS, storage);
    const state = new URL(url).searchParams.get("state") ?? "";
    const refused = new URL(`${OPTIONS.redirectUri}?error=access_denied&error_description=Geannuleerd&state=${state}`);
    await expect(completeSignIn(refused, { exchangeCode: vi.fn() }, storage)).rejects.toEqual(
      new SignInFailed("access_denied", "Geannuleerd"),
    );
    expect(storage.length).toBe(0);
  });
});

describe("the token endpoint calls (issue 19)", () => {
  function recordingFetch(status = 200, body: unknown = TOKENS) {
    const requests: { url: string; form: Record<string, string> }[] = [];
    const fetchFn = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
      const sent = init?.body;
      const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
      requests.push({ url, form: sent instanceof URLSearchParams ? Object.fromEntries(sent) : {} });
      return Promise.resolve(new Response(JSON.stringify(body), { status }));
    });
    return { requests, endpoints: authEndpoints(OPTIONS.apiUrl, OPTIONS.clientId, fetchFn) };
  }

  it("post the grants as a public client (no secret), the verifier with the code", async () => {
    const { requests, endpoints } = recordingFetch();
    await endpoints.exchangeCode("c", "v".repeat(43), OPTIONS.redirectUri);
    await endpoints.refresh("rt-1");
    await endpoints.revoke("rt-2");
    expect(requests).toEqual([
      {
        url: "http://127.0.0.1:8000/v1/auth/token",
        form: {
          grant_type: "authorization_code",
          code: "c",
          redirect_uri: OPTIONS.redirectUri,
          client_id: "welzijn-spa",
          code_verifier: "v".repeat(43),
        },
      },
      {
        url: "http://127.0.0.1:8000/v1/auth/token",
        form: { grant_type: "refresh_token", refresh_token: "rt-1", client_id: "welzijn-spa" },
      },
      {
        url: "http://127.0.0.1:8000/v1/auth/revoke",
        form: { token: "rt-2", token_type_hint: "refresh_token", client_id: "welzijn-spa" },
      },
    ]);
  });

  it("turn a refusal into TokenRefused with the OAuth error code", async () => {
    const { endpoints } = recordingFetch(400, { error: "invalid_grant", detail: "reused" });
    await expect(endpoints.refresh("rt-used")).rejects.toEqual(new TokenRefused(400, "invalid_grant"));
  });
});
