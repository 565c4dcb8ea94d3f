import { infiniteQueryOptions, queryOptions, skipToken, useInfiniteQuery, useQuery, type QueryClient } from "@tanstack/react-query";
import { useApi, type Api } from "../../api/context";
import { unwrap } from "../../api/problem";
import { municipalitiesQuery, themesQuery } from "../../api/reference";
import { parseFilters, toSearchQuery, type MapFilters } from "./filters";

/** The activities that match `filters`, a page at a time (keyset: each page names the next). */
function activitySearchQuery({ client, config }: Api, filters: MapFilters) {
  const query = { ...toSearchQuery(filters), limit: config.pageSize };
  return infiniteQueryOptions({
    queryKey: ["searchActivities", query],
    queryFn: ({ pageParam, signal }) =>
      unwrap(client.GET("/activities", { params: { query: { ...query, cursor: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

function activityQuery({ client }: Api, activityId: string) {
  return queryOptions({
    queryKey: ["getActivity", activityId],
    queryFn: ({ signal }) => unwrap(client.GET("/activities/{activityId}", { params: { path: { activityId } }, signal })),
  });
}

export function useActivitySearch(filters: MapFilters) {
  return useInfiniteQuery(activitySearchQuery(useApi(), filters));
}

export function useActivity(activityId: string) {
  return useQuery(activityQuery(useApi(), activityId));
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

/**
 * Starts the requests of the screen at `path` (relative to the app's base) before React
 * first renders, so that the answers are on their way while the page is being built.
 */
export function prefetchSocialMap(queries: QueryClient, api: Api, path: string, search: URLSearchParams): void {
  // Errors are not lost: the screen's own query shows them when it renders.
  const ignore = () => undefined;
  const activity = /^\/activiteiten\/([^/]+)$/.exec(path);
  if (path === "/") {
    queries.infiniteQuery(activitySearchQuery(api, parseFilters(search))).catch(ignore);
    queries.query(themesQuery(api)).catch(ignore);
  } else if (activity?.[1] !== undefined) {
    queries.query(activityQuery(api, decodeURIComponent(activity[1]))).catch(ignore);
  } else {
    return;
  }
  queries.query(municipalitiesQuery(api)).catch(ignore);
}
