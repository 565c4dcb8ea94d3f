import type { components } from "../../api/schema";
import type { MessageKey } from "../../i18n/nl";
import type { Translator } from "../../i18n/translate";
import { TIME_ZONE } from "./dates";
import { parseRecurrence } from "./recurrence";

type Activity = components["schemas"]["ActivityRead"];
type Schedule = components["schemas"]["ScheduleRead"];
type Location = components["schemas"]["LocationRead"];

const NTH: Record<number, MessageKey> = {
  1: "recurrence.nth.1",
  2: "recurrence.nth.2",
  3: "recurrence.nth.3",
  4: "recurrence.nth.4",
  5: "recurrence.nth.5",
  [-1]: "recurrence.nth.last",
};

// Intl formatters are slow to make and safe to share: one per language and style.
const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(language, options);
    formats.set(key, format);
  }
  return format;
}

// A Monday, to ask Intl for weekday names.
const A_MONDAY = Date.UTC(2024, 0, 1, 12);

function weekdayName(language: string, weekday: number): string {
  return dateFormat(language, { weekday: "long", timeZone: "UTC" }).format(
    new Date(A_MONDAY + weekday * 86_400_000),
  );
}

/** Monday is 0, as in the RRULE's BYDAY. */
function localWeekday(iso: string): number {
  const name = dateFormat("en-US", { weekday: "short", timeZone: TIME_ZONE }).format(new Date(iso));
  return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(name);
}

export function formatDate(language: string, iso: string): string {
  return dateFormat(language, { dateStyle: "full", timeZone: TIME_ZONE }).format(new Date(iso));
}

export function formatDateTime(language: string, iso: string): string {
  return dateFormat(language, { dateStyle: "full", timeStyle: "short", timeZone: TIME_ZONE }).format(new Date(iso));
}

export function formatTimeRange(language: string, startsAt: string, endsAt: string): string {
  const time = dateFormat(language, { timeStyle: "short", timeZone: TIME_ZONE });
  return `${time.format(new Date(startsAt))}–${time.format(new Date(endsAt))}`;
}

/** How often an activity happens, in words ("Elke week op maandag en woensdag"). */
export function describeRecurrence({ t, language }: Translator, schedule: Schedule): string {
  const rule = parseRecurrence(schedule.recurrence);
  if (rule.frequency === "once") return t("recurrence.once");
  if (rule.frequency === "unknown") return t("recurrence.unknown");
  const list = new Intl.ListFormat(language, { type: "conjunction" });
  const days = rule.days.length > 0 ? rule.days : [{ weekday: localWeekday(schedule.startsAt) }];
  let text: string;
  const values = { interval: rule.interval };
  if (rule.frequency === "weekly") {
    const names = list.format(days.map((d) => weekdayName(language, d.weekday)));
    text = t(rule.interval === 1 ? "recurrence.weekly" : "recurrence.weeklyInterval", { ...values, days: names });
  } else if (rule.frequency === "monthly" && rule.days.length > 0) {
    const names = list.format(
      rule.days.map(({ weekday, nth }) => {
        const day = weekdayName(language, weekday);
        const which = nth === undefined ? undefined : NTH[nth];
        return which === undefined ? day : t("recurrence.nthWeekday", { nth: t(which), day });
      }),
    );
    text = t(rule.interval === 1 ? "recurrence.monthlyOn" : "recurrence.monthlyIntervalOn", { ...values, days: names });
  } else {
    const key = rule.frequency;
    text = t(rule.interval === 1 ? `recurrence.${key}` : `recurrence.${key}Interval`, values);
  }
  if (rule.until !== undefined) text = t("recurrence.until", { rule: text, date: formatDate(language, rule.until) });
  if (rule.count !== undefined) text = t("recurrence.count", { rule: text, count: rule.count });
  return text;
}

export function describeCost({ t, language }: Translator, cost: Activity["cost"]): string {
  if (cost === null) return t("activity.cost.free");
  const amount = new Intl.NumberFormat(language, { style: "currency", currency: "EUR" }).format(cost.amountCents / 100);
  return cost.description ? t("activity.cost.amountPer", { amount, description: cost.description }) : amount;
}

export function describeAges({ t }: Translator, min: number | null, max: number | null): string {
  if (min === null || min === 0) return max === null ? t("activity.ages.all") : t("activity.ages.upTo", { max });
  return max === null ? t("activity.ages.from", { min }) : t("activity.ages.range", { min, max });
}

/** The places left in words, and the Utrecht status badge that goes with it. */
export function describePlaces(
  { t, plural }: Translator,
  activity: Pick<Activity, "placesLeft" | "capacity">,
): { text: string; status: "safe" | "warning" | "neutral" } {
  if (activity.placesLeft === null) return { text: t("activity.places.unlimited"), status: "neutral" };
  if (activity.placesLeft === 0) return { text: t("activity.places.full"), status: "warning" };
  return { text: plural("activity.places.left", activity.placesLeft), status: "safe" };
}

/** The address as lines for an `<address>`: name, street and number, postcode and place. */
export function addressLines(location: Location): string[] {
  const street = [location.street, location.houseNumber].filter((p) => p !== null && p !== "").join(" ");
  const place = [location.postcode, location.place].filter(Boolean).join(" ");
  return [location.name, street, place].filter((line) => line !== "");
}

export function languageName(language: string, code: string): string {
  try {
    return new Intl.DisplayNames(language, { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
