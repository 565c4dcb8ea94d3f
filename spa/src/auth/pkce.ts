/** PKCE (RFC 7636) and the `state` of an authorization request: random values, S256 challenge. */

/** base64url without padding (RFC 4648 §5), as RFC 7636 §4 and Appendix A ask. */
export function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** 32 random octets as base64url: 43 characters of the unreserved set, 256 bits (RFC 7636 §4.1). */
export function createCodeVerifier(bytes: Uint8Array = randomBytes(32)): string {
  if (bytes.length < 32 || bytes.length > 96) throw new RangeError("a code verifier takes 32 to 96 random octets");
  return base64url(bytes);
}

const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;

/** code_challenge = BASE64URL(SHA256(ASCII(code_verifier))), the S256 method (RFC 7636 §4.2). */
export async function codeChallenge(verifier: string): Promise<string> {
  if (!VERIFIER.test(verifier)) throw new RangeError("a code verifier is 43 to 128 unreserved characters");
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

/** An unguessable `state` that binds the callback to this browser's request (RFC 6749 §10.12). */
export function createState(bytes: Uint8Array = randomBytes(16)): string {
  return base64url(bytes);
}
