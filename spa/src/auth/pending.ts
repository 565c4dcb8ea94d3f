/**
 * The sign-in under way, kept across the redirect to the authorization server and back.
 * A full page load in between empties memory, so the state and code verifier wait in
 * sessionStorage (this tab only) and are removed when the callback arrives. They are not
 * tokens: the verifier is worth nothing without the one-time code, which is bound to it.
 * Tokens themselves are never stored (src/auth/session.ts keeps them in memory).
 */
export type PendingSignIn = { state: string; verifier: string; redirectUri: string; returnTo: string };

const PREFIX = "welzijn.sign-in.";

export function savePending(storage: Storage, pending: PendingSignIn): void {
  storage.setItem(PREFIX + pending.state, JSON.stringify(pending));
}

/** Takes (reads and removes) the pending sign-in for `state`, if this tab started one. */
export function takePending(storage: Storage, state: string | null): PendingSignIn | undefined {
  if (state === null) return undefined;
  const raw = storage.getItem(PREFIX + state);
  storage.removeItem(PREFIX + state);
  if (raw === null) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<PendingSignIn>;
    const { verifier, redirectUri, returnTo } = value;
    return value.state === state && typeof verifier === "string" && typeof redirectUri === "string"
      ? { state, verifier, redirectUri, returnTo: typeof returnTo === "string" ? returnTo : "/" }
      : undefined;
  } catch {
    return undefined;
  }
}
