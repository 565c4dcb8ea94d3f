import { describe, expect, it } from "vitest";
import { codeChallenge, createCodeVerifier, createState } from "./pkce";

// RFC 7636 Appendix B: the example octets, their verifier and its S256 challenge.
const RFC_OCTETS = [
  116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105, 214, 191, 240, 91,
  88, 5, 88, 83, 132, 141, 121,
];

describe("PKCE (RFC 7636)", () => {
  it("derives the verifier and S256 challenge of the RFC's own example", async () => {
    const verifier = createCodeVerifier(new Uint8Array(RFC_OCTETS));
    expect(verifier).toBe("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    expect(await codeChallenge(verifier)).toBe("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
  });

  it("makes a new 43-character verifier of unreserved characters each time", () => {
    const verifiers = new Set(Array.from({ length: 50 }, () => createCodeVerifier()));
    expect(verifiers.size).toBe(50);
    for (const v of verifiers) expect(v).toMatch(/^[A-Za-z0-9\-._~]{43}$/);
  });

  it("gives a challenge without padding that differs per verifier", async () => {
    const [a, b] = await Promise.all([codeChallenge(createCodeVerifier()), codeChallenge(createCodeVerifier())]);
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
  });

  it("refuses verifiers the RFC does not allow", async () => {
    await expect(codeChallenge("too-short")).rejects.toThrow(RangeError);
    await expect(codeChallenge("x".repeat(129))).rejects.toThrow(RangeError);
    await expect(codeChallenge(`${"a".repeat(43)}+`)).rejects.toThrow(RangeError);
    expect(() => createCodeVerifier(new Uint8Array(16))).toThrow(RangeError);
  });

  it("makes an unguessable state of 128 bits", () => {
    const states = new Set(Array.from({ length: 50 }, () => createState()));
    expect(states.size).toBe(50);
    for (const s of states) expect(s).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});
