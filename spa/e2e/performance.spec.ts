import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { FIRST_RESULTS_MARK } from "../src/features/social-map/marks";
import { expect, test } from "./harness/fixtures";
import { DIST } from "./harness/spa";

const KB = 1024;
const RUNS = 7;

function gzipped(folder: string, extension: string): { files: number; raw: number; gzip: number } {
  const files = readdirSync(folder).filter((name) => name.endsWith(extension));
  const buffers = files.map((name) => readFileSync(join(folder, name)));
  return {
    files: files.length,
    raw: buffers.reduce((sum, b) => sum + b.length, 0),
    gzip: buffers.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
  };
}

const kb = (bytes: number) => (bytes / KB).toFixed(1);

test.describe("small and fast", () => {
  test("the production build's JavaScript is under 250 KB gzipped", () => {
    const js = gzipped(join(DIST, "assets"), ".js");
    const css = gzipped(join(DIST, "assets"), ".css");
    console.log(
      `FIGURE production JavaScript: ${js.files} file(s), ${kb(js.raw)} KB, ${kb(js.gzip)} KB gzipped (target < 250 KB); ` +
        `CSS ${kb(css.raw)} KB, ${kb(css.gzip)} KB gzipped`,
    );
    expect(js.files).toBeGreaterThan(0);
    expect(js.gzip).toBeLessThan(250 * KB);
  });

  test("first render of the social map on the demo data", async ({ browser, spa }) => {
    const results: number[] = [];
    const paints: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      // A new context each time: nothing cached, as for a first visit.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${spa.origin}/`);
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_RESULTS_MARK);
      const { firstResults, firstPaint } = await page.evaluate((mark) => {
        const paint = performance.getEntriesByName("first-contentful-paint")[0];
        return { firstResults: performance.getEntriesByName(mark)[0]?.startTime ?? NaN, firstPaint: paint?.startTime ?? NaN };
      }, FIRST_RESULTS_MARK);
      results.push(firstResults);
      paints.push(firstPaint);
      await context.close();
    }
    const sorted = [...results].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
    const ms = (values: number[]) => values.map((v) => v.toFixed(0)).join(", ");
    console.log(
      `FIGURE first render of the social map (navigation start to the first results on screen, ${RUNS} cold visits): ` +
        `median ${median.toFixed(0)} ms, min ${sorted[0]?.toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms ` +
        `(target < 1000 ms); runs: ${ms(results)} ms; first contentful paint: ${ms(paints)} ms`,
    );
    expect(median, "no stall").toBeLessThan(5_000);
  });
});
