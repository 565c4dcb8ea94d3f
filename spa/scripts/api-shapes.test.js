// @ts-check
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { findApiShapes, specShapes } from "./api-shapes.mjs";

const spec = specShapes(JSON.parse(await readFile(new URL("../../openapi/openapi.json", import.meta.url), "utf8")));
/** @param {string} code */
const check = (code) => findApiShapes("example.ts", code, spec).map((f) => f.message);

describe("the check against hand-written API shapes", () => {
  it("refuses a type named like a schema of the spec", () => {
    expect(check("interface ActivityRead { id: string }")).toEqual([
      expect.stringContaining("declares ActivityRead, a schema of the spec"),
    ]);
    expect(check("type ThemeRead = { slug: string }")).toHaveLength(1);
  });

  it("refuses an object type that copies members of a schema, under any name", () => {
    expect(check("type Activity = { title: string; providerName: string; placesLeft: number | null };")).toEqual([
      expect.stringContaining("schema ActivityRead"),
    ]);
    expect(check("function show(p: { detail: string; status: number; title: string }) { return p; }")).toEqual([
      expect.stringMatching(/schema (ProblemDetails|OAuthProblem|ValidationProblem|TransitionConflict|DuplicateReferral)/),
    ]);
  });

  it("refuses an object type with every member of a small schema", () => {
    expect(check("type Place = { code: string; name: string };")).toEqual([
      expect.stringContaining("schema MunicipalityRead"),
    ]);
    expect(check("type List<T> = { items: T[]; nextCursor: string | null };")).toEqual([
      expect.stringContaining("members of schema"),
    ]);
  });

  it("refuses an object type that copies an operation's parameters", () => {
    expect(check("type Filters = { q?: string; age?: number; hasPlaces?: boolean };")).toEqual([
      expect.stringContaining("searchActivities query parameters"),
    ]);
  });

  it("refuses the values of an enum of the spec written out", () => {
    expect(check('type Status = "draft" | "published";')).toEqual([expect.stringContaining("ActivityStatus")]);
    expect(check('enum Kind { Club = "club", Other = "other" }')).toEqual([expect.stringContaining("ProviderKind")]);
  });

  it("accepts code that takes its API types from the generated file", () => {
    const code = `
      import type { components, operations } from "./schema";
      type Activity = components["schemas"]["ActivityRead"];
      type Query = NonNullable<operations["searchActivities"]["parameters"]["query"]>;
      type CardProps = { activity: Activity; onOpen: () => void; compact?: boolean };
      type Language = "nl" | "en";
      type Dates = { from?: string; until?: string };
    `;
    expect(check(code)).toEqual([]);
  });
});
