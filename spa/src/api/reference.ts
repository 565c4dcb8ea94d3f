import { queryOptions, useQuery } from "@tanstack/react-query";
import { useApi, type Api } from "./context";
import { unwrap } from "./problem";
import type { components, operations } from "./schema";

export type Theme = components["schemas"]["ThemeRead"];
export type Municipality = components["schemas"]["MunicipalityRead"];

type ListPage =
  | operations["listThemes"]["responses"][200]["content"]["application/json"]
  | operations["listMunicipalities"]["responses"][200]["content"]["application/json"];

/** Reads every page of a reference list (themes, municipalities: a handful of items). */
async function allPages<P extends ListPage>(
  read: (cursor: string | undefined) => Promise<P>,
): Promise<P["items"][number][]> {
  const items: P["items"][number][] = [];
  let cursor: string | undefined;
  do {
    const page = await read(cursor);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return items;
}

/** The theme taxonomy; it changes rarely, so one read per visit. */
export function themesQuery({ client }: Api) {
  return queryOptions({
    queryKey: ["listThemes"],
    queryFn: ({ signal }) =>
      allPages((cursor) => unwrap(client.GET("/themes", { params: { query: { limit: 100, cursor } }, signal }))),
    staleTime: Infinity,
  });
}

export function municipalitiesQuery({ client }: Api) {
  return queryOptions({
    queryKey: ["listMunicipalities"],
    queryFn: ({ signal }) =>
      allPages((cursor) =>
        unwrap(client.GET("/municipalities", { params: { query: { limit: 100, cursor } }, signal })),
      ),
    staleTime: Infinity,
  });
}

export function useThemes() {
  return useQuery(themesQuery(useApi()));
}

export function useMunicipalities() {
  return useQuery(municipalitiesQuery(useApi()));
}

