import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RETRY_MS, TokenRefused, TokenSession, type SessionEvent, type TokenEndpoint } from "./session";
import { parseTokenResponse } from "./tokens";

const T0 = 1_800_000_000_000;
const MINUTE = 60_000;

/** A token endpoint that rotates refresh tokens, scripted per test. */
function fakeEndpoint() {
  let issued = 1;
  const calls: string[] = [];
  const revoked: string[] = [];
  let next: (() => Promise<unknown>) | undefined;
  const endpoint: TokenEndpoint = {
    refresh(refreshToken) {
      calls.push(refreshToken);
      if (next) return next();
      issued += 1;
      return Promise.resolve({
        access_token: `at-${issued}`,
        token_type: "Bearer",
        expires_in: 900,
        refresh_token: `rt-${issued}`,
      });
    },
    revoke(refreshToken) {
      revoked.push(refreshToken);
      return Promise.resolve();
    },
  };
  return {
    endpoint,
    calls,
    revoked,
    answerNext(answer: () => Promise<unknown>) {
      next = answer;
    },
    /** The next refresh waits for the returned function to give `answer`. */
    holdNext(answer: unknown): () => void {
      let release: () => void = () => undefined;
      next = () => new Promise((resolve) => (release = () => resolve(answer)));
      return () => release();
    },
  };
}

const firstTokens = () =>
  parseTokenResponse({ access_token: "at-1", token_type: "Bearer", expires_in: 900, refresh_token: "rt-1" }, Date.now());

describe("the token session", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(T0);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("refreshes silently a minute before the access token expires, with the rotated token each time", async () => {
    const server = fakeEndpoint();
    const session = new TokenSession(server.endpoint);
    session.start(firstTokens());

    await vi.advanceTimersByTimeAsync(14 * MINUTE - 1);
    expect(server.calls).toEqual([]);
    expect(session.accessToken()).toBe("at-1");

    await vi.advanceTimersByTimeAsync(1);
    expect(server.calls).toEqual(["rt-1"]);
    expect(session.accessToken()).toBe("at-2");

    await vi.advanceTimersByTimeAsync(14 * MINUTE);
    expect(server.calls).toEqual(["rt-1", "rt-2"]);
    expect(session.accessToken()).toBe("at-3");
  });

  it("makes one refresh for callers that all find the access token expired", async () => {
    const server = fakeEndpoint();
    const session = new TokenSession(server.endpoint);
    const release = server.holdNext({ access_token: "at-2", token_type: "Bearer", expires_in: 900, refresh_token: "rt-2" });
    session.start(firstTokens());
    vi.setSystemTime(T0 + 15 * MINUTE); // the tab slept through the scheduled refresh

    const callers = Promise.all([session.freshAccessToken(), session.freshAccessToken(), session.freshAccessToken()]);
    release();
    expect(await callers).toEqual(["at-2", "at-2", "at-2"]);
    expect(server.calls).toEqual(["rt-1"]);
  });

  it("signs out when the server refuses the refresh, e.g. after reuse detection", async () => {
    const server = fakeEndpoint();
    const session = new TokenSession(server.endpoint);
    const events: SessionEvent[] = [];
    session.subscribe((e) => events.push(e));
    server.answerNext(() => Promise.reject(new TokenRefused(400, "invalid_grant")));
    session.start(firstTokens());

    await vi.advanceTimersByTimeAsync(14 * MINUTE);
    expect(events).toEqual(["signed-in", "signed-out"]);
    expect(session.signedIn).toBe(false);
    expect(session.accessToken()).toBeUndefined();

    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    expect(server.calls).toEqual(["rt-1"]); // nothing more is tried
  });

  it("tries again after a network failure while the access token lasts, then gives up", async () => {
    const server = fakeEndpoint();
    const session = new TokenSession(server.endpoint);
    server.answerNext(() => Promise.reject(new TypeError("Failed to fetch")));
    session.start(firstTokens());

    await vi.advanceTimersByTimeAsync(14 * MINUTE);
    expect(server.calls).toHaveLength(1);
    expect(session.accessToken()).toBe("at-1"); // still valid for a minute

    await vi.advanceTimersByTimeAsync(RETRY_MS);
    expect(server.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    expect(server.calls).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    // The next retry would come after the token is no longer usable: the session ends.
    expect(session.signedIn).toBe(false);
  });

  it("revokes the refresh token on sign-out, and ignores a refresh answer that comes later", async () => {
    const server = fakeEndpoint();
    const session = new TokenSession(server.endpoint);
    const release = server.holdNext({ access_token: "at-late", token_type: "Bearer", expires_in: 900 });
    session.start(firstTokens());
    const refreshing = session.refresh();
    await session.signOut();
    release();

    expect(await refreshing).toBeUndefined();
    expect(server.revoked).toEqual(["rt-1"]);
    expect(session.accessToken()).toBeUndefined();
  });

  it("keeps tokens in memory only: nothing in localStorage or sessionStorage", async () => {
    const writes = vi.fn();
    vi.stubGlobal("localStorage", { setItem: writes });
    vi.stubGlobal("sessionStorage", { setItem: writes });
    try {
      const server = fakeEndpoint();
      const session = new TokenSession(server.endpoint);
      session.start(firstTokens());
      await vi.advanceTimersByTimeAsync(30 * MINUTE);
      expect(session.accessToken()).toBe("at-3");
      expect(writes).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
