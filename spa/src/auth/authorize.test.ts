import { describe, expect, it } from "vitest";
import { authorizeUrl, parseCallback } from "./authorize";

const CALLBACK = "http://127.0.0.1:5173/callback";

describe("the authorization request", () => {
  it("asks the API's authorize endpoint for a code with an S256 challenge", () => {
    const url = new URL(
      authorizeUrl({
        apiUrl: "https://api.welzijn.example/v1",
        clientId: "welzijn-spa",
        redirectUri: CALLBACK,
        scope: "referrals.read",
        state: "s-1",
        codeChallenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
      }),
    );
    expect(url.origin + url.pathname).toBe("https://api.welzijn.example/v1/auth/authorize");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: "code",
      client_id: "welzijn-spa",
      redirect_uri: CALLBACK,
      scope: "referrals.read",
      state: "s-1",
      code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
      code_challenge_method: "S256",
    });
  });
});

describe("the callback", () => {
  const at = (query: string) => new URL(`${CALLBACK}?${query}`);

  it("gives the code when the state is the one this browser sent", () => {
    expect(parseCallback(at("code=abc&state=s-1"), "s-1")).toEqual({ outcome: "code", code: "abc", state: "s-1" });
  });

  it("refuses a callback with another state, or with none pending, even when it carries a code", () => {
    expect(parseCallback(at("code=abc&state=forged"), "s-1")).toEqual({ outcome: "invalid", reason: "state-mismatch" });
    expect(parseCallback(at("code=abc"), "s-1")).toEqual({ outcome: "invalid", reason: "state-mismatch" });
    expect(parseCallback(at("code=abc&state=s-1"), undefined)).toEqual({ outcome: "invalid", reason: "unknown-state" });
  });

  it("reports the authorization server's refusal (RFC 6749 §4.1.2.1)", () => {
    expect(parseCallback(at("error=access_denied&error_description=Cancelled&state=s-1"), "s-1")).toEqual({
      outcome: "refused",
      error: "access_denied",
      description: "Cancelled",
    });
    // A refusal with a foreign state is no answer to our request either.
    expect(parseCallback(at("error=access_denied&state=other"), "s-1").outcome).toBe("invalid");
  });

  it("tells a page without callback parameters, and a callback without a code", () => {
    expect(parseCallback(new URL(CALLBACK), "s-1")).toEqual({ outcome: "invalid", reason: "not-a-callback" });
    expect(parseCallback(at("state=s-1&code="), "s-1")).toEqual({ outcome: "invalid", reason: "missing-code" });
  });
});
