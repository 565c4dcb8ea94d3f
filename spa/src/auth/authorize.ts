/**
 * The authorization request and its callback (RFC 6749 §4.1, RFC 7636), against the API's
 * own authorization server: GET {apiUrl}/auth/authorize, answered by a redirect to our
 * redirect URI with `code` and `state`, or `error` and `state`.
 */

export type AuthorizeRequest = {
  apiUrl: string;
  clientId: string;
  redirectUri: string;
  scope?: string;
  state: string;
  codeChallenge: string;
};

export function authorizeUrl(request: AuthorizeRequest): string {
  const url = new URL(`${request.apiUrl}/auth/authorize`);
  url.search = new URLSearchParams({
    response_type: "code",
    client_id: request.clientId,
    redirect_uri: request.redirectUri,
    ...(request.scope !== undefined && { scope: request.scope }),
    state: request.state,
    code_challenge: request.codeChallenge,
    code_challenge_method: "S256",
  }).toString();
  return url.href;
}

export type Callback =
  | { outcome: "code"; code: string; state: string }
  /** The authorization server said no (RFC 6749 §4.1.2.1), e.g. `access_denied`. */
  | { outcome: "refused"; error: string; description?: string }
  /** Not an answer to our request: never exchange anything from it. */
  | { outcome: "invalid"; reason: "not-a-callback" | "unknown-state" | "state-mismatch" | "missing-code" };

/**
 * Reads the redirect back from the authorization server. `expectedState` is the state this
 * browser sent (undefined when it has none pending); anything else is refused, so that a
 * forged or replayed callback cannot sign the reader in to someone else's account.
 */
export function parseCallback(url: URL, expectedState: string | undefined): Callback {
  const params = url.searchParams;
  const state = params.get("state");
  const error = params.get("error");
  const code = params.get("code");
  if (state === null && error === null && code === null) return { outcome: "invalid", reason: "not-a-callback" };
  if (expectedState === undefined) return { outcome: "invalid", reason: "unknown-state" };
  if (state !== expectedState) return { outcome: "invalid", reason: "state-mismatch" };
  if (error !== null) {
    const description = params.get("error_description");
    return { outcome: "refused", error, ...(description !== null && { description }) };
  }
  if (!code) return { outcome: "invalid", reason: "missing-code" };
  return { outcome: "code", code, state };
}
