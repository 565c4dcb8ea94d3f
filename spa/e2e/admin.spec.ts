import { expectAccessible } from "./harness/axe";
import { expect, test } from "./harness/fixtures";
import { screenshot } from "./harness/screenshots";
import { ACCOUNTS, signIn } from "./harness/sign-in";

test.describe("the admin", () => {
  test("filters the audit trail by action", async ({ page, api, spa }) => {
    await signIn(page, api, spa, ACCOUNTS.admin, "/beheer");
    await expect(page.getByRole("heading", { level: 1, name: "Audit-log" })).toBeVisible();
    const rows = page.getByRole("table").locator("tbody tr");
    await expect(rows.first()).toBeVisible();
    await expectAccessible(page, "audit trail");
    await screenshot(page, "admin");

    const filters = page.getByRole("form", { name: "Audit-log filteren" });
    await filters.getByLabel("Actie").fill("login");
    await filters.getByRole("button", { name: "Filteren" }).click();
    await expect(page).toHaveURL(/\/beheer\?action=login$/);
    await expect(rows.first()).toBeVisible();
    const actions = await rows.locator("td:nth-child(4)").allTextContents();
    expect(new Set(actions)).toEqual(new Set(["login"]));
  });
});
