import { createApiClient, type ApiClient } from "../../src/api/client";
import { unwrap } from "../../src/api/problem";
import { toSearchQuery, type MapFilters } from "../../src/features/social-map/filters";
import type { RunningApi } from "./api";

/** The SPA's own typed client, for tests that ask the API directly what the screen should show. */
export function apiClient(api: RunningApi): ApiClient {
  return createApiClient(api.url);
}

/** Titles of every activity the API finds for `filters`, in its order (all pages). */
export async function searchTitles(api: RunningApi, filters: MapFilters): Promise<string[]> {
  const client = apiClient(api);
  const titles: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await unwrap(
      client.GET("/activities", { params: { query: { ...toSearchQuery(filters), limit: 100, cursor } } }),
    );
    titles.push(...page.items.map((a) => a.title));
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return titles;
}
