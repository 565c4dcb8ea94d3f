import type { operations } from "../../api/schema";
import { isCalendarDay, nextDay, startOfDay, TIME_ZONE } from "./dates";

export type SearchQuery = NonNullable<operations["searchActivities"]["parameters"]["query"]>;

/** The filters of the social map, in the order the query string lists them. */
export const FILTER_KEYS = ["q", "municipality", "age", "theme", "from", "until", "free", "hasPlaces", "providerId"] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * What the reader searches for, as the shareable URL holds it: the API's own parameter names,
 * except that `from` and `until` are calendar days (YYYY-MM-DD), both included.
 */
export type MapFilters = { [K in FilterKey]?: NonNullable<SearchQuery[K]> };

function flag(value: string | null): boolean | undefined {
  return value === "true" ? true : value === "false" ? false : undefined;
}

function text(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * The filters in a query string (a URL's or a submitted form's). Values the API could not
 * take at all (an age that is no number, a date that is no day) are left out; the rest goes
 * to the API as it is, so that its answer tells the reader what is wrong.
 */
export function parseFilters(params: URLSearchParams): MapFilters {
  const age = text(params.get("age"));
  const themes = [...new Set(params.getAll("theme").map((t) => t.trim()).filter(Boolean))];
  const day = (key: "from" | "until") => {
    const value = text(params.get(key));
    return value !== undefined && isCalendarDay(value) ? value : undefined;
  };
  return {
    q: text(params.get("q")),
    municipality: text(params.get("municipality")),
    age: age !== undefined && /^\d{1,3}$/.test(age) ? Number(age) : undefined,
    theme: themes.length > 0 ? themes : undefined,
    from: day("from"),
    until: day("until"),
    free: flag(params.get("free")),
    hasPlaces: flag(params.get("hasPlaces")),
    providerId: text(params.get("providerId")),
  };
}

/** The query string for `filters`: always the same for the same filters, empty ones left out. */
export function filtersToParams(filters: MapFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item));
  }
  return params;
}

/** The API's query for `filters`: the days become the window from the first day's start to the last day's end. */
export function toSearchQuery(filters: MapFilters, timeZone: string = TIME_ZONE): SearchQuery {
  const { from, until, ...rest } = filters;
  return {
    ...rest,
    ...(from !== undefined && { from: startOfDay(from, timeZone) }),
    ...(until !== undefined && { until: startOfDay(nextDay(until), timeZone) }),
  };
}
