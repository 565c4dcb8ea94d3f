import { describe, expect, it } from "vitest";
import { isUsable, parseTokenResponse, refreshDelay, TokenResponseError } from "./tokens";

const NOW = 1_800_000_000_000;
const answer = { access_token: "at-1", token_type: "Bearer", expires_in: 900, refresh_token: "rt-1", scope: "a b" };

describe("a token response", () => {
  it("becomes tokens that expire expires_in seconds from now", () => {
    expect(parseTokenResponse(answer, NOW)).toEqual({
      accessToken: "at-1",
      refreshToken: "rt-1",
      expiresAt: NOW + 900_000,
      issuedAt: NOW,
      scope: "a b",
    });
  });

  it("keeps the refresh token it was refreshed with when the server sends none", () => {
    const first = parseTokenResponse(answer, NOW);
    const { refresh_token: _dropped, ...withoutRefresh } = answer;
    expect(parseTokenResponse({ ...withoutRefresh, access_token: "at-2" }, NOW + 1, first).refreshToken).toBe("rt-1");
  });

  it.each([
    ["no object", "at-1"],
    ["no access token", { ...answer, access_token: "" }],
    ["another token type", { ...answer, token_type: "MAC" }],
    ["no lifetime", { ...answer, expires_in: undefined }],
    ["a lifetime of 0", { ...answer, expires_in: 0 }],
    ["a refresh token that is no string", { ...answer, refresh_token: 7 }],
  ])("is refused with %s", (_, body) => {
    expect(() => parseTokenResponse(body, NOW)).toThrow(TokenResponseError);
  });
});

describe("refresh scheduling", () => {
  const tokens = (lifetimeSeconds: number) =>
    parseTokenResponse({ ...answer, expires_in: lifetimeSeconds }, NOW);

  it("refreshes a minute before a 15-minute token expires", () => {
    expect(refreshDelay(tokens(900), NOW)).toBe(840_000);
  });

  it("refreshes short-lived tokens at four fifths of their life", () => {
    expect(refreshDelay(tokens(60), NOW)).toBe(48_000);
  });

  it("refreshes at once when that moment has passed", () => {
    expect(refreshDelay(tokens(900), NOW + 850_000)).toBe(0);
  });

  it("stops sending an access token just before it expires", () => {
    expect(isUsable(tokens(900), NOW + 894_999)).toBe(true);
    expect(isUsable(tokens(900), NOW + 895_000)).toBe(false);
  });
});
