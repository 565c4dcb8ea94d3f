import { createContext, useContext } from "react";
import type { Identity } from "../auth/identity";

export type Session = {
  /** The signed-in caller, or undefined. */
  identity: Identity | undefined;
  /** Sends the browser to the API's sign-in page; back at `returnTo` afterwards. */
  signIn: (returnTo: string) => Promise<void>;
  /** Handles `/callback`: resolves to the path to go to. */
  completeSignIn: (callbackUrl: URL) => Promise<string>;
  signOut: () => Promise<void>;
};

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error("useSession needs a <SessionProvider>");
  return session;
}

/** The signed-in caller, inside a screen that <RequireRole> guards. */
export function useIdentity(): NonNullable<Session["identity"]> {
  const { identity } = useSession();
  if (identity === undefined) throw new Error("useIdentity needs a signed-in caller (<RequireRole>)");
  return identity;
}
