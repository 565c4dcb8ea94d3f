import { describe, expect, it } from "vitest";
import { identityFromToken } from "./identity";

function token(claims: object): string {
  const part = (value: object) =>
    btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value)))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  return `${part({ alg: "RS256" })}.${part(claims)}.signature`;
}

describe("identityFromToken", () => {
  it("reads role, organisation and municipality", () => {
    expect(identityFromToken(token({ sub: "u1", role: "municipality", organisation: "o1", municipality: "GM0534" }))).toEqual({
      subject: "u1",
      role: "municipality",
      organisation: "o1",
      municipality: "GM0534",
    });
  });

  it("reads non-ASCII claims", () => {
    expect(identityFromToken(token({ sub: "Zoë", role: "provider", organisation: "o2" }))?.subject).toBe("Zoë");
  });

  it("refuses a role the app does not serve, and tokens that are not JWTs", () => {
    expect(identityFromToken(token({ sub: "u1", role: "partner", organisation: "o1" }))).toBeUndefined();
    expect(identityFromToken("opaque")).toBeUndefined();
    expect(identityFromToken("a.%%%.c")).toBeUndefined();
  });
});
