import { authorizeUrl, parseCallback } from "./authorize";
import type { AuthEndpoints } from "./endpoints";
import { savePending, takePending } from "./pending";
import { codeChallenge, createCodeVerifier, createState } from "./pkce";
import { parseTokenResponse, type TokenSet } from "./tokens";

export type SignInOptions = {
  apiUrl: string;
  clientId: string;
  /** Registered exactly with the client, e.g. http://127.0.0.1:5173/callback. */
  redirectUri: string;
  /** Where the reader goes after signing in (a path of this app). */
  returnTo: string;
  scope?: string;
};

/** Prepares the authorization request; the caller sends the browser to the URL it returns. */
export async function beginSignIn(options: SignInOptions, storage: Storage): Promise<string> {
  const verifier = createCodeVerifier();
  const state = createState();
  savePending(storage, { state, verifier, redirectUri: options.redirectUri, returnTo: options.returnTo });
  return authorizeUrl({ ...options, state, codeChallenge: await codeChallenge(verifier) });
}

export class SignInFailed extends Error {
  override name = "SignInFailed";
  constructor(
    readonly reason: string,
    readonly description?: string,
  ) {
    super(`sign-in failed: ${reason}`);
  }
}

/** Handles the redirect back: checks the state, exchanges the code with its verifier. */
export async function completeSignIn(
  callbackUrl: URL,
  endpoints: Pick<AuthEndpoints, "exchangeCode">,
  storage: Storage,
  now: () => number = Date.now,
): Promise<{ tokens: TokenSet; returnTo: string }> {
  const pending = takePending(storage, callbackUrl.searchParams.get("state"));
  const callback = parseCallback(callbackUrl, pending?.state);
  if (callback.outcome === "invalid") throw new SignInFailed(callback.reason);
  if (callback.outcome === "refused") throw new SignInFailed(callback.error, callback.description);
  // parseCallback only answers "code" for the state of a pending sign-in.
  const { verifier, redirectUri, returnTo } = pending as NonNullable<typeof pending>;
  const answer = await endpoints.exchangeCode(callback.code, verifier, redirectUri);
  return { tokens: parseTokenResponse(answer, now()), returnTo };
}
