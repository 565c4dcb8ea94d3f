import { describe, expect, it } from "vitest";
import { translator } from "../../i18n/translate";
import { addressLines, describeAges, describeCost, describePlaces, describeRecurrence } from "./describe";
import { parseRecurrence } from "./recurrence";

const nl = translator("nl");
const en = translator("en");
// A Tuesday, 10:00 in Hillegom (winter time).
const schedule = (recurrence: string | null) => ({
  startsAt: "2026-12-01T09:00:00Z",
  endsAt: "2026-12-01T10:30:00Z",
  recurrence,
});

describe("a recurrence rule in words", () => {
  it.each([
    ["FREQ=WEEKLY;BYDAY=TU", "Elke week op dinsdag", "Every week on Tuesday"],
    ["FREQ=WEEKLY;BYDAY=MO,WE", "Elke week op maandag en woensdag", "Every week on Monday and Wednesday"],
    ["FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "Om de 2 weken op dinsdag", "Every 2 weeks on Tuesday"],
    ["FREQ=WEEKLY", "Elke week op dinsdag", "Every week on Tuesday"],
    ["FREQ=MONTHLY;BYDAY=1TU", "Elke maand op de eerste dinsdag", "Every month on the first Tuesday"],
    ["FREQ=MONTHLY;BYDAY=-1FR", "Elke maand op de laatste vrijdag", "Every month on the last Friday"],
    ["FREQ=DAILY;COUNT=5", "Elke dag, 5 keer", "Every day, 5 times"],
    [null, "Eenmalig", "Once"],
    ["FREQ=WEEKLY;BYDAY=TU;BYHOUR=9", "Op terugkerende momenten; zie de volgende datum", "At recurring times; see the next date"],
  ])("%s reads as “%s” / “%s”", (rule, dutch, english) => {
    expect(describeRecurrence(nl, schedule(rule))).toBe(dutch);
    expect(describeRecurrence(en, schedule(rule))).toBe(english);
  });

  it("names the last day of a rule with UNTIL", () => {
    expect(describeRecurrence(nl, schedule("FREQ=WEEKLY;BYDAY=TU;UNTIL=20270629T220000Z"))).toBe(
      "Elke week op dinsdag, tot en met woensdag 30 juni 2027",
    );
  });

  it("says nothing it cannot read for certain", () => {
    for (const rule of ["FREQ=HOURLY", "FREQ=WEEKLY;BYDAY=XX", "FREQ=WEEKLY;INTERVAL=0", "FREQ=WEEKLY;BYDAY=2TU", "garbage"]) {
      expect(parseRecurrence(rule)).toEqual({ frequency: "unknown" });
    }
  });
});

describe("the facts of a result", () => {
  it("show the cost in euros, or free", () => {
    expect(describeCost(nl, null)).toBe("Gratis");
    expect(describeCost(nl, { amountCents: 250, description: "per keer" })).toBe("€\u00a02,50 per keer");
    expect(describeCost(en, { amountCents: 1000, description: null })).toBe("€10.00");
  });

  it("show who it is for", () => {
    expect(describeAges(nl, null, null)).toBe("Alle leeftijden");
    expect(describeAges(nl, 55, null)).toBe("Vanaf 55 jaar");
    expect(describeAges(nl, 0, 4)).toBe("Tot en met 4 jaar");
    expect(describeAges(nl, 12, 17)).toBe("12 tot en met 17 jaar");
  });

  it("show places left, full with a waiting list, or no limit", () => {
    expect(describePlaces(nl, { placesLeft: 3, capacity: 10 })).toEqual({ text: "Nog 3 plaatsen vrij", status: "safe" });
    expect(describePlaces(nl, { placesLeft: 0, capacity: 6 })).toEqual({ text: "Vol, wel een wachtlijst", status: "warning" });
    expect(describePlaces(nl, { placesLeft: null, capacity: null }).text).toBe("Geen maximum");
  });

  it("write the address as the lines of a Dutch address", () => {
    expect(
      addressLines({ name: "Bibliotheek Hillegom", street: "Hoofdstraat", houseNumber: 85, postcode: "2181 EB", place: "Hillegom" }),
    ).toEqual(["Bibliotheek Hillegom", "Hoofdstraat 85", "2181 EB Hillegom"]);
    expect(addressLines({ name: "Park", street: null, houseNumber: null, postcode: null, place: "Lisse" })).toEqual([
      "Park",
      "Lisse",
    ]);
  });
});
