import { readFile } from "node:fs/promises";
import { unwrap } from "../src/api/problem";
import { expectAccessible } from "./harness/axe";
import { expect, test } from "./harness/fixtures";
import { tabAndEnter, tabAndTypeDate } from "./harness/keyboard";
import { screenshot } from "./harness/screenshots";
import { ACCOUNTS, signIn } from "./harness/sign-in";
import { staffClient } from "./harness/staff-api";

test.describe("the municipality", () => {
  test("reads the monitor: charts with their figures, suppressed cells said so, a CSV, its providers", async ({ page, api, spa }) => {
    await signIn(page, api, spa, ACCOUNTS.municipality, "/gemeente");
    await expect(page.getByRole("heading", { level: 1, name: "Monitor verwijzingen" })).toBeVisible();
    const byTheme = page.getByRole("region", { name: "Verwijzingen per thema" });
    await expect(byTheme.locator("canvas")).toBeVisible();

    // Every cell as the API answers it: a number, or "afgeschermd" where it suppressed one (never 0).
    const council = await staffClient(api, ACCOUNTS.municipality);
    const stats = await unwrap(council.GET("/stats/referrals", { params: { query: { groupBy: "theme" } } }));
    if (typeof stats === "string") throw new Error("expected JSON");
    const cells = byTheme.getByRole("table").locator("tbody td");
    await expect(cells).toHaveText(stats.groups.map((g) => (g.suppressed ? "afgeschermd" : String(g.count))));
    expect(stats.groups.some((g) => g.suppressed), "the demo data has suppressed cells").toBe(true);
    await expect(page.getByRole("region", { name: "Jeugd en volwassenen per leeftijdsgroep" }).locator("canvas")).toBeVisible();
    await expect(page.getByRole("region", { name: "Aanbieders in uw gemeente" })).toContainText("Welzijnskompas");
    await expectAccessible(page, "municipality monitor");
    await screenshot(page, "municipality");

    // By keyboard alone: a period (in the URL), its figures, then its CSV.
    const period = page.getByRole("form", { name: "Periode kiezen" });
    await tabAndTypeDate(page, period.getByLabel("Vanaf"), "2026-06-06");
    await tabAndEnter(page, period.getByRole("button", { name: "Toepassen" }));
    await expect(page).toHaveURL(/\/gemeente\?from=2026-06-06$/);
    const since = await unwrap(council.GET("/stats/referrals", { params: { query: { groupBy: "theme", from: "2026-06-06" } } }));
    if (typeof since === "string") throw new Error("expected JSON");
    await expect(cells).toHaveText(since.groups.map((g) => (g.suppressed ? "afgeschermd" : String(g.count))));

    const download = page.waitForEvent("download");
    await tabAndEnter(page, page.getByRole("button", { name: "Download als CSV" }));
    const file = await download;
    expect(file.suggestedFilename()).toBe("verwijzingen.csv");
    const csv = await readFile(await file.path(), "utf8");
    expect(csv.split("\r\n")[0]).toContain("month");
  });
});
