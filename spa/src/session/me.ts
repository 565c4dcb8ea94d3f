import { useQuery } from "@tanstack/react-query";
import { useApi } from "../api/context";
import { unwrap } from "../api/problem";
import type { components } from "../api/schema";
import { useSession } from "./context";

type Capability = components["schemas"]["Permission"];

/** The caller as the API sees it (GET /me): organisation, provider profile, capabilities. */
export function useMe() {
  const { client } = useApi();
  const { identity } = useSession();
  return useQuery({
    queryKey: ["getMe", identity?.subject],
    enabled: identity !== undefined,
    staleTime: 5 * 60_000,
    queryFn: ({ signal }) => unwrap(client.GET("/me", { signal })),
  });
}

/** Whether /me's capabilities include `capability`: what to show, never a role in the code. */
export function useCan(capability: Capability): boolean {
  return useMe().data?.capabilities.includes(capability) ?? false;
}
