import type { components } from "../../api/schema";

type Figures = components["schemas"]["ReferralFigures"];

/** The life-cycle bands the council counts as youth (under 18). */
export const YOUTH_BANDS: readonly string[] = ["0-11", "12-17"];

/** One cell of a statistic; `value` null when the API suppressed it (never shown as 0). */
export type Cell = { label: string; value: number | null; youth: boolean };

export function figureCells(
  groups: readonly Figures[],
  label: (figures: Figures) => string,
  measure: (figures: Figures) => number | null,
): Cell[] {
  return groups.map((g) => ({
    label: label(g),
    value: g.suppressed ? null : measure(g),
    youth: g.ageBand !== null && g.ageBand !== undefined && YOUTH_BANDS.includes(g.ageBand),
  }));
}
