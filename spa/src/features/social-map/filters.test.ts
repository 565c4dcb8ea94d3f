import { describe, expect, it } from "vitest";
import { isCalendarDay, nextDay, startOfDay } from "./dates";
import { filtersToParams, parseFilters, toSearchQuery, type MapFilters } from "./filters";

const everything: MapFilters = {
  q: "koffie",
  municipality: "GM0534",
  age: 67,
  theme: ["meeting-people", "exercise"],
  from: "2026-12-01",
  until: "2026-12-31",
  free: true,
  hasPlaces: true,
  providerId: "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0e",
};

describe("the social map's filters in the query string", () => {
  it("survive a round trip through the URL unchanged", () => {
    const url = `/?${filtersToParams(everything).toString()}`;
    expect(parseFilters(new URL(url, "https://kaart.example").searchParams)).toEqual(everything);
  });

  it("are written in one order, so the same search has the same URL", () => {
    expect(filtersToParams({ hasPlaces: true, q: "taal", theme: ["education"] }).toString()).toBe(
      "q=taal&theme=education&hasPlaces=true",
    );
    expect(filtersToParams({}).toString()).toBe("");
  });

  it("take a submitted form as it comes: empty fields and unchecked boxes mean no filter", () => {
    const form = new URLSearchParams("q=+&municipality=&age=&from=&until=&free=&theme=exercise&theme=exercise");
    expect(parseFilters(form)).toEqual({ theme: ["exercise"] });
  });

  it("keep what the API should judge, and drop what it could not read at all", () => {
    // A one-letter text and an age of 130 go to the API, which names the problem beside the field.
    expect(parseFilters(new URLSearchParams("q=a&age=130"))).toEqual({ q: "a", age: 130 });
    expect(parseFilters(new URLSearchParams("age=old&from=2026-02-30&until=tomorrow&free=maybe"))).toEqual({});
    expect(parseFilters(new URLSearchParams("free=false&hasPlaces=false"))).toEqual({ free: false, hasPlaces: false });
  });

  it("ignore parameters that are no filter of the social map", () => {
    expect(parseFilters(new URLSearchParams("utm_source=flyer&limit=5&q=sport"))).toEqual({ q: "sport" });
  });
});

describe("the API query of the filters", () => {
  it("turns the days into a window from the first day's start to the last day's end, Dutch time", () => {
    expect(toSearchQuery({ from: "2026-12-01", until: "2026-12-31" })).toEqual({
      from: "2026-11-30T23:00:00Z",
      until: "2026-12-31T23:00:00Z",
    });
    // Summer time: midnight in Hillegom is 22:00 UTC.
    expect(toSearchQuery({ from: "2026-07-01", until: "2026-07-01" })).toEqual({
      from: "2026-06-30T22:00:00Z",
      until: "2026-07-01T22:00:00Z",
    });
  });

  it("passes the other filters under the API's own names", () => {
    const { from: _from, until: _until, ...rest } = everything;
    expect(toSearchQuery(rest)).toEqual(rest);
  });
});

describe("calendar days", () => {
  it("know which days exist", () => {
    expect(isCalendarDay("2028-02-29")).toBe(true);
    expect(isCalendarDay("2026-02-29")).toBe(false);
    expect(isCalendarDay("2026-13-01")).toBe(false);
    expect(isCalendarDay("1-1-2026")).toBe(false);
  });

  it("start at local midnight, also on the nights the clocks change", () => {
    expect(startOfDay("2026-03-29")).toBe("2026-03-28T23:00:00Z"); // summer time starts at 02:00 that day
    expect(startOfDay("2026-03-30")).toBe("2026-03-29T22:00:00Z");
    expect(startOfDay("2026-10-25")).toBe("2026-10-24T22:00:00Z"); // winter time starts at 03:00 that day
    expect(startOfDay("2026-10-26")).toBe("2026-10-25T23:00:00Z");
    expect(startOfDay("2026-06-01", "UTC")).toBe("2026-06-01T00:00:00Z");
  });

  it("follow each other across months and years", () => {
    expect(nextDay("2026-12-31")).toBe("2027-01-01");
    expect(nextDay("2028-02-28")).toBe("2028-02-29");
  });
});
