import { describe, expect, it } from "vitest";
import type { components } from "../../api/schema";
import { figureCells } from "./figures";

type Figures = components["schemas"]["ReferralFigures"];

describe("figureCells", () => {
  it("keeps a suppressed cell suppressed, never zero, and marks youth bands", () => {
    const groups = [
      { ageBand: "12-17", count: null, suppressed: true },
      { ageBand: "27-64", count: 12, suppressed: false },
      { ageBand: "0-11", count: 0, suppressed: false },
    ] as Figures[];
    const cells = figureCells(groups, (g) => g.ageBand ?? "?", (g) => g.count ?? null);
    expect(cells).toEqual([
      { label: "12-17", value: null, youth: true },
      { label: "27-64", value: 12, youth: false },
      { label: "0-11", value: 0, youth: true },
    ]);
  });
});
