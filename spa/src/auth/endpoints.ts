import { TokenRefused, type TokenEndpoint } from "./session";

/**
 * The token and revocation endpoints of issue 19 (`POST {apiUrl}/auth/token` with the
 * authorization_code and refresh_token grants, `POST {apiUrl}/auth/revoke`, RFC 7009), called
 * as public-client form posts. Plain fetch: the spec does not describe these grants yet; when
 * it does, these calls move to the typed client.
 */
export type AuthEndpoints = TokenEndpoint & {
  exchangeCode(code: string, verifier: string, redirectUri: string): Promise<unknown>;
};

async function post(url: string, form: Record<string, string>, fetchFn: typeof fetch): Promise<Response> {
  return fetchFn(url, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
    body: new URLSearchParams(form),
    credentials: "omit",
  });
}

async function tokenAnswer(response: Response): Promise<unknown> {
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) return body;
  const error = typeof body === "object" && body !== null ? (body as Record<string, unknown>).error : undefined;
  throw new TokenRefused(response.status, typeof error === "string" ? error : "invalid_response");
}

export function authEndpoints(apiUrl: string, clientId: string, fetchFn: typeof fetch = fetch): AuthEndpoints {
  const tokenUrl = `${apiUrl}/auth/token`;
  return {
    async exchangeCode(code, verifier, redirectUri) {
      const form = {
        grant_type: "authorization_code",
        code,
        redirect_uri: redirectUri,
        client_id: clientId,
        code_verifier: verifier,
      };
      return tokenAnswer(await post(tokenUrl, form, fetchFn));
    },
    async refresh(refreshToken) {
      const form = { grant_type: "refresh_token", refresh_token: refreshToken, client_id: clientId };
      return tokenAnswer(await post(tokenUrl, form, fetchFn));
    },
    async revoke(refreshToken) {
      const form = { token: refreshToken, token_type_hint: "refresh_token", client_id: clientId };
      await post(`${apiUrl}/auth/revoke`, form, fetchFn);
    },
  };
}
