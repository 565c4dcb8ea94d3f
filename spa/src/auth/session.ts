import { isUsable, parseTokenResponse, refreshDelay, type TokenSet } from "./tokens";

/** The token endpoint's grants this session uses (see endpoints.ts for the HTTP calls). */
export type TokenEndpoint = {
  /** grant_type=refresh_token; resolves to the raw token response, rejects with TokenRefused or a network error. */
  refresh(refreshToken: string): Promise<unknown>;
  /** RFC 7009 revocation; ends the refresh token's whole family on the server. */
  revoke(refreshToken: string): Promise<void>;
};

/** The authorization server refused a grant (HTTP 4xx): the session cannot continue. */
export class TokenRefused extends Error {
  override name = "TokenRefused";
  constructor(
    readonly status: number,
    readonly error: string,
  ) {
    super(`token endpoint refused: ${error}`);
  }
}

export type Clock = {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** After a network failure the refresh is tried again this much later, while the token lasts. */
export const RETRY_MS = 15_000;

export type SessionEvent = "signed-in" | "refreshed" | "signed-out";

/**
 * The signed-in caller's tokens, held in memory only (a reload signs out), refreshed
 * silently before the access token expires. Concurrent callers share one refresh, because
 * a rotated refresh token used twice would revoke the whole family (reuse detection).
 */
export class TokenSession {
  #tokens: TokenSet | undefined;
  #timer: unknown;
  #refreshing: Promise<TokenSet | undefined> | undefined;
  readonly #listeners = new Set<(event: SessionEvent) => void>();

  constructor(
    private readonly endpoint: TokenEndpoint,
    private readonly clock: Clock = systemClock,
  ) {}

  get signedIn(): boolean {
    return this.#tokens !== undefined;
  }

  /** Starts the session with the tokens of a code exchange. */
  start(tokens: TokenSet): void {
    this.#set(tokens, "signed-in");
  }

  /** The access token to send now, or undefined when there is none that is still usable. */
  accessToken(): string | undefined {
    const tokens = this.#tokens;
    return tokens !== undefined && isUsable(tokens, this.clock.now()) ? tokens.accessToken : undefined;
  }

  /** A usable access token, refreshing first when the current one is (nearly) expired. */
  async freshAccessToken(): Promise<string | undefined> {
    return this.accessToken() ?? (await this.refresh())?.accessToken;
  }

  /** Refreshes now; one refresh at a time, whoever asks. Resolves undefined when the session ended. */
  refresh(): Promise<TokenSet | undefined> {
    this.#refreshing ??= this.#refresh().finally(() => {
      this.#refreshing = undefined;
    });
    return this.#refreshing;
  }

  /** Ends the session here and revokes its refresh token (and with it the family) on the server. */
  async signOut(): Promise<void> {
    const refreshToken = this.#tokens?.refreshToken;
    this.#end();
    if (refreshToken !== undefined) await this.endpoint.revoke(refreshToken).catch(() => undefined);
  }

  subscribe(listener: (event: SessionEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async #refresh(): Promise<TokenSet | undefined> {
    const current = this.#tokens;
    if (current?.refreshToken === undefined) {
      this.#end();
      return undefined;
    }
    try {
      const answer = await this.endpoint.refresh(current.refreshToken);
      if (this.#tokens !== current) return this.#tokens; // signed out (or in again) meanwhile
      const tokens = parseTokenResponse(answer, this.clock.now(), current);
      this.#set(tokens, "refreshed");
      return tokens;
    } catch (error) {
      if (this.#tokens !== current) return this.#tokens;
      if (!(error instanceof TokenRefused) && isUsable(current, this.clock.now() + RETRY_MS)) {
        this.#schedule(RETRY_MS); // the network, not the server: try again while the token lasts
        return current;
      }
      this.#end();
      return undefined;
    }
  }

  #set(tokens: TokenSet, event: SessionEvent): void {
    this.#tokens = tokens;
    this.#schedule(refreshDelay(tokens, this.clock.now()));
    this.#emit(event);
  }

  #schedule(ms: number): void {
    this.clock.clearTimeout(this.#timer);
    this.#timer = this.clock.setTimeout(() => void this.refresh(), ms);
  }

  #end(): void {
    this.clock.clearTimeout(this.#timer);
    this.#timer = undefined;
    const wasSignedIn = this.#tokens !== undefined;
    this.#tokens = undefined;
    if (wasSignedIn) this.#emit("signed-out");
  }

  #emit(event: SessionEvent): void {
    for (const listener of this.#listeners) listener(event);
  }
}
