import { describe, expect, it } from "vitest";
import { ageOn, movesFrom, overdueFirst, type Referral, type Transition } from "./referrals";

describe("referral helpers", () => {
  it("offers the moves a party may make from a status", () => {
    const table: Transition[] = [
      { from: "requested", to: "accepted", parties: ["receiver", "admin"], reasonRequired: false },
      { from: "requested", to: "cancelled", parties: ["sender", "admin"], reasonRequired: true },
      { from: "accepted", to: "completed", parties: ["receiver"], reasonRequired: false },
    ];
    expect(movesFrom(table, "requested", "receiver").map((t) => t.to)).toEqual(["accepted"]);
    expect(movesFrom(table, "requested", "sender").map((t) => t.to)).toEqual(["cancelled"]);
    expect(movesFrom(table, "completed", "receiver")).toEqual([]);
  });

  it("puts overdue referrals first, then the oldest", () => {
    const r = (id: string, overdue: boolean, requestedAt: string) => ({ id, overdue, requestedAt }) as Referral;
    const sorted = overdueFirst([r("a", false, "2026-01-01"), r("b", true, "2026-02-01"), r("c", true, "2026-01-15")]);
    expect(sorted.map((x) => x.id)).toEqual(["c", "b", "a"]);
  });

  it("counts age in whole years", () => {
    expect(ageOn("2010-06-15", new Date(2026, 5, 14))).toBe(15);
    expect(ageOn("2010-06-15", new Date(2026, 5, 15))).toBe(16);
  });
});
