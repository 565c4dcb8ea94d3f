import { expectAccessible } from "./harness/axe";
import { expect, test } from "./harness/fixtures";
import { tabAndEnter, tabAndType } from "./harness/keyboard";
import { screenshot } from "./harness/screenshots";
import { ACCOUNTS, signIn } from "./harness/sign-in";

test.describe("the admin", () => {
  test("filters the audit trail by action; the staff screens follow /me's capabilities", async ({ page, api, spa }) => {
    // /me without staff.manage: the accounts and clients entries are not offered, whatever the role.
    await page.route("**/v1/me", async (route) => {
      const response = await route.fetch();
      const me = (await response.json()) as { capabilities: string[] };
      await route.fulfill({ response, json: { ...me, capabilities: me.capabilities.filter((c) => c !== "staff.manage") } });
    });
    await signIn(page, api, spa, ACCOUNTS.admin, "/beheer");
    await expect(page.getByRole("heading", { level: 1, name: "Audit-log" })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Beheer" });
    await expect(nav.getByRole("link")).toHaveText(["Audit-log"]);
    const rows = page.getByRole("table").locator("tbody tr");
    await expect(rows.first()).toBeVisible();
    await expectAccessible(page, "audit trail");

    const filters = page.getByRole("form", { name: "Audit-log filteren" });
    await filters.getByLabel("Actie").fill("login");
    await filters.getByRole("button", { name: "Filteren" }).click();
    await expect(page).toHaveURL(/\/beheer\?action=login$/);
    await expect(rows.first()).toBeVisible();
    const actions = await rows.locator("td:nth-child(4)").allTextContents();
    expect(new Set(actions)).toEqual(new Set(["login"]));
  });

  test("manages staff by keyboard: creates an account, deactivates it, resets a password, registers a front end", async ({ page, api, spa }) => {
    await signIn(page, api, spa, ACCOUNTS.admin, "/beheer");
    const nav = page.getByRole("navigation", { name: "Beheer" });
    await expect(nav.getByRole("link")).toHaveText(["Audit-log", "Accounts", "Clients"]);
    await screenshot(page, "admin");

    await tabAndEnter(page, nav.getByRole("link", { name: "Accounts" }));
    await expect(page.getByRole("heading", { level: 1, name: "Accounts" })).toBeVisible();
    await expect(page.locator("main")).toBeFocused();
    const users = page.getByRole("table", { name: "Accounts" });
    await expect(users).toContainText(ACCOUNTS.admin);
    await screenshot(page, "admin-accounts");

    const form = page.getByRole("form", { name: "Nieuw account" });
    await tabAndType(page, form.getByLabel("E-mailadres"), "j.devries@welzijnskompas.example");
    await tabAndType(page, form.getByLabel("Naam"), "J. de Vries");
    await tabAndType(page, form.getByLabel("Organisatie"), "welzijnskompas");
    await tabAndType(page, form.getByLabel("Rol"), "Aanbieder");
    await expect(form.getByLabel("Rol")).toHaveValue("provider");
    await tabAndEnter(page, form.getByRole("button", { name: "Account aanmaken" }));
    // The temporary password, shown once, takes focus with the hint to copy it now.
    const created = page.getByRole("region", { name: "Account voor J. de Vries aangemaakt. Tijdelijk wachtwoord:" });
    await expect(created).toBeFocused();
    await expect(created).toContainText("maar één keer getoond");
    const firstPassword = (await created.getByTestId("one-time-secret").textContent()) ?? "";
    expect(firstPassword.length).toBeGreaterThanOrEqual(12);
    const row = users.getByRole("row").filter({ hasText: "J. de Vries" });
    await expect(row).toContainText("Aanbieder");
    await expect(row).toContainText("Welzijnskompas");
    await expect(row).toContainText("Actief");
    await expectAccessible(page, "accounts, with a temporary password shown");

    await tabAndEnter(page, row.getByRole("button", { name: "Deactiveren: J. de Vries" }));
    await expect(page.getByRole("status").filter({ hasText: "Account van J. de Vries gedeactiveerd." })).toBeVisible();
    await expect(row).toContainText("Gedeactiveerd");
    // Focus stays on the row's button, which now offers the way back.
    await expect(row.getByRole("button", { name: "Heractiveren: J. de Vries" })).toBeFocused();

    await tabAndEnter(page, row.getByRole("button", { name: "Wachtwoord resetten: J. de Vries" }));
    const reset = page.getByRole("region", { name: "Nieuw tijdelijk wachtwoord voor J. de Vries:" });
    await expect(reset).toBeFocused();
    await expect(reset.getByTestId("one-time-secret")).not.toHaveText(firstPassword);

    await tabAndEnter(page, nav.getByRole("link", { name: "Clients" }));
    await expect(page.getByRole("heading", { level: 1, name: "Clients" })).toBeVisible();
    const clients = page.getByRole("table", { name: "Clients" });
    await expect(clients).toContainText("welzijn-spa");
    const register = page.getByRole("form", { name: "Nieuwe client registreren" });
    await expect(register.getByRole("radio", { name: "Front-end (browser-app)" })).toBeChecked();
    await tabAndType(page, register.getByLabel("Client-id"), "hillegom-loket");
    await tabAndType(page, register.getByLabel("Naam"), "Loket Hillegom");
    await tabAndType(page, register.getByLabel("Organisatie"), "gemeente-hillegom");
    // Without a redirect URI the API refuses, and says why beside the field.
    await tabAndEnter(page, register.getByRole("button", { name: "Registreren" }));
    await expect(page.locator(".welzijn-problem")).toBeFocused();
    await expect(register.getByLabel("Redirect-URI's")).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page, "clients, with the form's problems");

    await tabAndType(page, register.getByLabel("Redirect-URI's"), "https://loket.hillegom.example/callback");
    await tabAndEnter(page, register.getByRole("button", { name: "Registreren" }));
    await expect(page.getByRole("status").filter({ hasText: "Front-end Loket Hillegom geregistreerd." })).toBeVisible();
    const client = clients.getByRole("row").filter({ hasText: "hillegom-loket" });
    await expect(client).toContainText("https://loket.hillegom.example/callback");
    await expect(client).toContainText("Front-end (browser-app)");
  });
});
