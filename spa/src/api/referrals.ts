import { queryOptions, useQuery } from "@tanstack/react-query";
import { useApi } from "./context";
import { unwrap } from "./problem";
import type { components, operations } from "./schema";

export type Referral = components["schemas"]["ReferralRead"];
export type Status = components["schemas"]["ReferralStatus"];
export type Reason = components["schemas"]["ReasonCode"];
export type Transition = components["schemas"]["TransitionRead"];
export type ReferralParty = components["schemas"]["Party"];
export type ReferralQuery = NonNullable<operations["listReferrals"]["parameters"]["query"]>;

/** Status moves refresh this often on lists that show live status. */
export const LIVE_MS = 10_000;

/** The lifecycle as the API states it; screens offer moves from it, never from a list of their own. */
export function useTransitions() {
  const { client } = useApi();
  return useQuery({
    queryKey: ["getReferralTransitions"],
    queryFn: ({ signal }) => unwrap(client.GET("/referral-transitions", { signal })),
    staleTime: Infinity,
  });
}

/** The moves `party` may make from `status`. */
export function movesFrom(transitions: readonly Transition[], status: Status, party: ReferralParty): Transition[] {
  return transitions.filter((t) => t.from === status && t.parties.includes(party));
}

/** A page of referrals, polled so that status changes show without a reload. */
export function useReferrals(query: ReferralQuery) {
  const { client } = useApi();
  return useQuery({
    queryKey: ["listReferrals", query],
    queryFn: ({ signal }) => unwrap(client.GET("/referrals", { params: { query: { limit: 100, ...query } }, signal })),
    refetchInterval: LIVE_MS,
  });
}

export function referralQuery(client: ReturnType<typeof useApi>["client"], referralId: string) {
  return queryOptions({
    queryKey: ["getReferral", referralId],
    queryFn: ({ signal }) => unwrap(client.GET("/referrals/{referralId}", { params: { path: { referralId } }, signal })),
    refetchInterval: LIVE_MS,
  });
}

export function useReferral(referralId: string) {
  return useQuery(referralQuery(useApi().client, referralId));
}

export function useStatusChanges(referralId: string) {
  const { client } = useApi();
  return useQuery({
    queryKey: ["listReferralStatusChanges", referralId],
    queryFn: ({ signal }) =>
      unwrap(
        client.GET("/referrals/{referralId}/status-changes", {
          params: { path: { referralId }, query: { limit: 100 } },
          signal,
        }),
      ),
    refetchInterval: LIVE_MS,
  });
}

/** Overdue first, then the oldest request first: what needs an answer soonest. */
export function overdueFirst(referrals: readonly Referral[]): Referral[] {
  return [...referrals].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || a.requestedAt.localeCompare(b.requestedAt),
  );
}

/** A resident's name as the API gives it (any part may be withheld). */
export function residentName(resident: Referral["resident"]): string {
  return [resident.givenName, resident.familyNamePrefix, resident.familyName].filter(Boolean).join(" ");
}

/** Whole years from `birthDate` (YYYY-MM-DD) to `today`. */
export function ageOn(birthDate: string, today: Date): number {
  const [y, m, d] = birthDate.split("-").map(Number) as [number, number, number];
  const age = today.getFullYear() - y;
  const month = today.getMonth() + 1;
  return month < m || (month === m && today.getDate() < d) ? age - 1 : age;
}

/** Every status the lifecycle names, in the table's order. */
export function statusesOf(transitions: readonly Transition[]): Status[] {
  return [...new Set(transitions.flatMap((t) => [t.from, t.to]))];
}
