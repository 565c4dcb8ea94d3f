import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { useApi } from "../api/context";
import { authEndpoints } from "../auth/endpoints";
import { identityFromToken, type Identity } from "../auth/identity";
import type { TokenSession } from "../auth/session";
import { beginSignIn, completeSignIn } from "../auth/signIn";
import { SessionContext, type Session } from "./context";

/** The redirect URI registered with the client: /callback under the app's base. */
export function redirectUri(): string {
  return new URL(`${import.meta.env.BASE_URL}callback`, window.location.origin).href;
}

function currentIdentity(tokens: TokenSession): Identity | undefined {
  const token = tokens.accessToken();
  return token === undefined ? undefined : identityFromToken(token);
}

/**
 * Sign-in state for the screens. Tokens stay in `tokens` (memory); signing out, or the
 * session ending, empties the query cache so no personal data stays on screen.
 */
export function SessionProvider({ tokens, children }: { tokens: TokenSession; children: ReactNode }) {
  const { config } = useApi();
  const queries = useQueryClient();
  const [identity, setIdentity] = useState(() => currentIdentity(tokens));

  useEffect(
    () =>
      tokens.subscribe((event) => {
        if (event === "signed-out") queries.clear();
        setIdentity(currentIdentity(tokens));
      }),
    [tokens, queries],
  );

  const value = useMemo<Session>(() => {
    const endpoints = authEndpoints(config.apiUrl, config.clientId);
    return {
      identity,
      async signIn(returnTo) {
        const options = { apiUrl: config.apiUrl, clientId: config.clientId, redirectUri: redirectUri(), returnTo };
        window.location.assign(await beginSignIn(options, window.sessionStorage));
      },
      async completeSignIn(callbackUrl) {
        const { tokens: set, returnTo } = await completeSignIn(callbackUrl, endpoints, window.sessionStorage);
        tokens.start(set);
        return returnTo;
      },
      signOut: () => tokens.signOut(),
    };
  }, [config, identity, tokens]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
