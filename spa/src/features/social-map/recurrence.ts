/** The parts of an RFC 5545 RRULE that the social map can say in words. */
export type Recurrence =
  | { frequency: "once" }
  | { frequency: "unknown" }
  | {
      frequency: "daily" | "weekly" | "monthly" | "yearly";
      interval: number;
      /** Monday is 0; `nth` (1 to 5, or -1 for the last) for "the first Tuesday of the month". */
      days: { weekday: number; nth?: number }[];
      until?: string;
      count?: number;
    };

const FREQUENCIES: Partial<Record<string, "daily" | "weekly" | "monthly" | "yearly">> = {
  DAILY: "daily",
  WEEKLY: "weekly",
  MONTHLY: "monthly",
  YEARLY: "yearly",
};
const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
const BYDAY = /^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/;
const UNTIL = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/;

/** Reads an RRULE; anything beyond FREQ, INTERVAL, BYDAY, UNTIL and COUNT is "unknown". */
export function parseRecurrence(rule: string | null | undefined): Recurrence {
  if (!rule) return { frequency: "once" };
  const parts = new Map<string, string>();
  for (const part of rule.replace(/^RRULE:/i, "").split(";")) {
    const [key, value, ...extra] = part.split("=");
    if (!key || value === undefined || extra.length > 0 || parts.has(key.toUpperCase())) return { frequency: "unknown" };
    parts.set(key.toUpperCase(), value.toUpperCase());
  }
  const frequency = FREQUENCIES[parts.get("FREQ") ?? ""];
  if (frequency === undefined || [...parts.keys()].some((k) => !["FREQ", "INTERVAL", "BYDAY", "UNTIL", "COUNT"].includes(k))) {
    return { frequency: "unknown" };
  }
  const interval = Number(parts.get("INTERVAL") ?? "1");
  const count = parts.has("COUNT") ? Number(parts.get("COUNT")) : undefined;
  if (!Number.isInteger(interval) || interval < 1 || (count !== undefined && (!Number.isInteger(count) || count < 1))) {
    return { frequency: "unknown" };
  }
  const days: { weekday: number; nth?: number }[] = [];
  for (const day of parts.get("BYDAY")?.split(",") ?? []) {
    const match = BYDAY.exec(day);
    if (!match) return { frequency: "unknown" };
    const nth = match[1] === undefined ? undefined : Number(match[1]);
    if (nth !== undefined && (frequency !== "monthly" || nth < -1)) return { frequency: "unknown" };
    days.push({ weekday: WEEKDAYS.indexOf(match[2] ?? ""), ...(nth !== undefined && { nth }) });
  }
  let until: string | undefined;
  if (parts.has("UNTIL")) {
    const m = UNTIL.exec(parts.get("UNTIL") ?? "");
    if (!m) return { frequency: "unknown" };
    until = `${m[1]}-${m[2]}-${m[3]}T${m[4] ?? "00"}:${m[5] ?? "00"}:${m[6] ?? "00"}Z`;
  }
  return {
    frequency,
    interval,
    days,
    ...(until !== undefined && { until }),
    ...(count !== undefined && { count }),
  };
}
