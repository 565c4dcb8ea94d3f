/** Tokens as this app holds them: in memory, with the instant they expire. */
export type TokenSet = {
  accessToken: string;
  /** Absent when the server issues none; replaced on every refresh (rotation). */
  refreshToken?: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  issuedAt: number;
  scope: string;
};

export class TokenResponseError extends Error {
  override name = "TokenResponseError";
}

/**
 * Reads a token endpoint answer (RFC 6749 §5.1). The body comes from the network, so every
 * member is checked; a refresh that returns no new refresh token keeps the one it used.
 */
export function parseTokenResponse(body: unknown, now: number, previous?: TokenSet): TokenSet {
  if (typeof body !== "object" || body === null) throw new TokenResponseError("token response is not an object");
  const fields = body as Record<string, unknown>;
  const { access_token, token_type, expires_in, refresh_token, scope } = fields;
  if (typeof access_token !== "string" || access_token === "") throw new TokenResponseError("no access_token");
  if (typeof token_type !== "string" || token_type.toLowerCase() !== "bearer") {
    throw new TokenResponseError("token_type is not Bearer");
  }
  if (typeof expires_in !== "number" || !Number.isFinite(expires_in) || expires_in <= 0) {
    throw new TokenResponseError("no usable expires_in");
  }
  if (refresh_token !== undefined && typeof refresh_token !== "string") throw new TokenResponseError("bad refresh_token");
  const refreshToken = refresh_token ?? previous?.refreshToken;
  return {
    accessToken: access_token,
    ...(refreshToken !== undefined && { refreshToken }),
    expiresAt: now + expires_in * 1000,
    issuedAt: now,
    scope: typeof scope === "string" ? scope : (previous?.scope ?? ""),
  };
}

/** Refresh this long before expiry: a fifth of the lifetime, at most a minute. */
export function refreshLead(tokens: TokenSet): number {
  return Math.min(60_000, (tokens.expiresAt - tokens.issuedAt) / 5);
}

/** Milliseconds from `now` until the tokens should be refreshed (0: now). */
export function refreshDelay(tokens: TokenSet, now: number): number {
  return Math.max(0, tokens.expiresAt - refreshLead(tokens) - now);
}

/** An access token this close to expiry is not sent: it could expire on the way. */
export const EXPIRY_MARGIN_MS = 5_000;

export function isUsable(tokens: TokenSet, now: number): boolean {
  return tokens.expiresAt - EXPIRY_MARGIN_MS > now;
}
