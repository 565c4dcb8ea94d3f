// @ts-check
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { generate, OUTPUT, SPEC } from "./api-types.mjs";

const spec = JSON.parse(await readFile(SPEC, "utf8"));

// Generating from the whole spec takes seconds on a busy machine: more than vitest's default 5 s.
const GENERATION_MS = 60_000;

describe("the generated API types", () => {
  it("are what openapi-typescript makes of openapi/openapi.json today", async () => {
    expect(await readFile(OUTPUT, "utf8")).toBe(await generate(spec));
  }, GENERATION_MS);

  it("change when the spec changes, so a stale file is caught", async () => {
    const changed = structuredClone(spec);
    changed.components.schemas.ActivityRead.properties.placesLeft.type = ["string", "null"];
    expect(await generate(changed)).not.toBe(await generate(spec));
  }, GENERATION_MS);
});
