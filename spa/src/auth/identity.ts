/**
 * Who is signed in, as the access token's claims say: role, organisation and, for
 * municipality staff, the municipality. The app reads them only to choose its screens; the
 * API checks the signature and decides what the caller may do.
 */
import type { components } from "../api/schema";

/** The roles whose staff have screens here (partner systems are software, not people). */
export type StaffRole = Exclude<components["schemas"]["Role"], "partner-system">;
export const ROLES = ["admin", "municipality", "referrer", "provider"] as const satisfies readonly StaffRole[];

export type Identity = {
  subject: string;
  role: StaffRole;
  /** The caller's organisation; for provider staff also the provider's id. */
  organisation: string;
  municipality?: string;
};

function base64UrlJson(part: string): unknown {
  const base64 = part.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(part.length / 4) * 4, "=");
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

/** The identity in a JWT access token, or undefined when it names no role this app serves. */
export function identityFromToken(accessToken: string): Identity | undefined {
  const payload = accessToken.split(".")[1];
  if (payload === undefined) return undefined;
  let claims: unknown;
  try {
    claims = base64UrlJson(payload);
  } catch {
    return undefined;
  }
  if (typeof claims !== "object" || claims === null) return undefined;
  const { sub, role, organisation, municipality } = claims as Record<string, unknown>;
  const known = ROLES.find((r) => r === role);
  if (typeof sub !== "string" || known === undefined || typeof organisation !== "string") return undefined;
  return {
    subject: sub,
    role: known,
    organisation,
    ...(typeof municipality === "string" && municipality !== "" && { municipality }),
  };
}
