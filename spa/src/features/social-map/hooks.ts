import { skipToken, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useApi } from "../../api/context";
import { unwrap } from "../../api/problem";
import { toSearchQuery, type MapFilters } from "./filters";

/** The activities that match `filters`, a page at a time (keyset: each page names the next). */
export function useActivitySearch(filters: MapFilters) {
  const { client, config } = useApi();
  const query = { ...toSearchQuery(filters), limit: config.pageSize };
  return useInfiniteQuery({
    queryKey: ["searchActivities", query],
    queryFn: ({ pageParam, signal }) =>
      unwrap(client.GET("/activities", { params: { query: { ...query, cursor: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useActivity(activityId: string) {
  const { client } = useApi();
  return useQuery({
    queryKey: ["getActivity", activityId],
    queryFn: ({ signal }) => unwrap(client.GET("/activities/{activityId}", { params: { path: { activityId } }, signal })),
  });
}

/** A provider's public page; nothing is fetched while `providerId` is undefined. */
export function useProvider(providerId: string | undefined) {
  const { client } = useApi();
  return useQuery({
    queryKey: ["getProvider", providerId],
    queryFn:
      providerId === undefined
        ? skipToken
        : ({ signal }) => unwrap(client.GET("/providers/{providerId}", { params: { path: { providerId } }, signal })),
  });
}
