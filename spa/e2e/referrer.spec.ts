import type { Locator, Page } from "@playwright/test";
import { expectAccessible } from "./harness/axe";
import { expect, test } from "./harness/fixtures";
import { tabAndEnter, tabAndType, tabAndTypeDate, tabTo } from "./harness/keyboard";
import { screenshot } from "./harness/screenshots";
import { ACCOUNTS, signIn } from "./harness/sign-in";

test.describe("the referrer", () => {
  test("registers a young resident, sends a referral with a guardian's consent and follows it", async ({ page, api, spa }) => {
    await signIn(page, api, spa, ACCOUNTS.referrer, "/verwijzer");
    await expect(page.getByRole("heading", { level: 1, name: "Mijn verwijzingen" })).toBeVisible();
    await expect(page.getByRole("table")).toBeVisible();
    await expectAccessible(page, "referrer outbox");
    await screenshot(page, "referrer");

    // The whole flow by keyboard alone: focus follows each step, never back to the page's start.
    await tabAndEnter(page, page.getByRole("link", { name: "Nieuwe verwijzing" }));
    await tabAndEnter(page, page.getByRole("button", { name: "Nieuwe inwoner registreren" }));
    await expect(page.getByRole("heading", { name: "Nieuwe inwoner registreren" })).toBeFocused();
    const register = page.getByRole("form", { name: "Nieuwe inwoner registreren" });
    await registerZoe(page, register);

    const form = page.getByRole("form", { name: "Verwijzing" });
    await expect(form).toBeVisible();
    await expect(page.getByText("Verwijzing voor Zoë Testbeek.")).toBeFocused();
    // Under 16: only a parent or guardian can give consent.
    await expect(form.getByText("De inwoner is jonger dan 16")).toBeVisible();
    await expect(form.getByRole("radio")).toHaveCount(1);
    await expect(form.getByRole("radio", { name: "Ouder of voogd" })).toBeChecked();
    await expectAccessible(page, "referral form");

    // Sent empty, every problem the API names is shown in words, beside its field.
    await tabAndEnter(page, form.getByRole("button", { name: "Verwijzing versturen" }));
    const problem = page.locator(".welzijn-problem");
    await expect(problem).toBeFocused();
    await expect(problem.getByRole("link").first()).toBeVisible();
    await expect(form.getByLabel("Aanbieder")).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page, "referral form with problems");

    await tabAndType(page, form.getByLabel("Aanbieder"), "Welzijnskompas");
    await expect(form.getByLabel("Aanbieder").locator("option:checked")).toHaveText("Welzijnskompas");
    await tabTo(page, form.getByRole("checkbox", { name: "Ontmoeten" }));
    await page.keyboard.press("Space");
    await tabAndType(page, form.getByLabel("Reden van verwijzen"), "Wil graag andere kinderen leren kennen.");
    await tabAndType(page, form.getByLabel("Uw naam (contactpersoon)"), "Dr. Demo");
    await tabAndEnter(page, form.getByRole("button", { name: "Verwijzing versturen" }));

    await expect(page).toHaveURL(/\/verwijzer\/verwijzingen\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1, name: "Verwijzing" })).toBeVisible();
    const facts = page.locator(".welzijn-facts");
    await expect(facts).toContainText("Zoë Testbeek");
    await expect(facts).toContainText("Ouder of voogd");
    await expect(facts).toContainText("Aangevraagd");
    const history = page.getByRole("region", { name: "Geschiedenis" });
    await expect(history.getByRole("row")).toHaveCount(2);
    // The sender's only move, as /referral-transitions says: cancel.
    await expect(page.getByRole("region", { name: "Status wijzigen" }).getByRole("button")).toHaveText(["Zet op: Ingetrokken"]);
    await expectAccessible(page, "sent referral");

    await tabAndEnter(page, page.getByRole("link", { name: "Terug naar mijn verwijzingen" }));
    await expect(page.getByRole("row").filter({ hasText: "Zoë Testbeek" })).toContainText("Aangevraagd");

    // The same name and birth date again, by keyboard too: the API's _search finds the first,
    // and says so; choosing it goes on with that resident.
    await tabAndEnter(page, page.getByRole("link", { name: "Nieuwe verwijzing" }));
    await tabAndEnter(page, page.getByRole("button", { name: "Nieuwe inwoner registreren" }));
    await registerZoe(page, register);
    const warning = page.getByRole("heading", { name: "Deze inwoner bestaat misschien al" });
    await expect(warning).toBeVisible();
    await expect(page.getByRole("button", { name: "Kies Zoë Testbeek" })).toBeVisible();
    await expectAccessible(page, "duplicate warning");
    await tabAndEnter(page, page.getByRole("button", { name: "Kies Zoë Testbeek" }));
    await expect(page.getByText("Verwijzing voor Zoë Testbeek.")).toBeFocused();
  });
});

/** Fills in and sends the register form by keyboard, for the same young resident each time. */
async function registerZoe(page: Page, register: Locator): Promise<void> {
  await tabAndType(page, register.getByLabel("Voornaam"), "Zoë");
  await tabAndType(page, register.getByLabel("Achternaam"), "Testbeek");
  await tabAndTypeDate(page, register.getByLabel("Geboortedatum"), "2014-04-04");
  await tabAndType(page, register.getByLabel("Gemeente"), "Hillegom");
  await tabAndType(page, register.getByLabel("Straat"), "Hoofdstraat");
  await tabAndType(page, register.getByLabel("Huisnummer"), "12");
  await tabAndType(page, register.getByLabel("Postcode"), "2181 EC");
  await tabAndType(page, register.getByLabel("Woonplaats"), "Hillegom");
  await tabAndEnter(page, register.getByRole("button", { name: "Registreren" }));
}
