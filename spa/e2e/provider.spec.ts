import { unwrap } from "../src/api/problem";
import type { RunningApi } from "./harness/api";
import { apiClient } from "./harness/api-client";
import { expectAccessible } from "./harness/axe";
import { expect, test } from "./harness/fixtures";
import { tabAndEnter, tabAndType, tabAndTypeDate, tabTo } from "./harness/keyboard";
import { screenshot } from "./harness/screenshots";
import { ACCOUNTS, signIn } from "./harness/sign-in";
import { staffClient } from "./harness/staff-api";

const STATUS_NL: Record<string, string> = {
  accepted: "Geaccepteerd",
  rejected: "Afgewezen",
  "in-progress": "In behandeling",
  "on-hold": "Gepauzeerd",
  completed: "Afgerond",
  failed: "Mislukt",
  cancelled: "Ingetrokken",
};

/** A fresh requested referral from the GP to Welzijnskompas, sent through the API. */
async function newReferral(api: RunningApi, familyName: string): Promise<string> {
  const gp = await staffClient(api, ACCOUNTS.referrer);
  const providers = await unwrap(gp.GET("/providers", { params: { query: { q: "Welzijnskompas", limit: 5 } } }));
  const provider = providers.items.find((p) => p.name === "Welzijnskompas");
  if (provider === undefined) throw new Error("no Welzijnskompas in the demo seed");
  const referral = await unwrap(
    gp.POST("/referrals", {
      body: {
        resident: { givenName: "Test", familyName, birthDate: "1950-05-06", municipality: "GM0534" },
        providerId: provider.id,
        themes: ["meeting-people"],
        reason: "Voelt zich alleen.",
        urgency: "normal",
        contactPerson: { name: "Dr. Demo" },
        consent: { givenBy: "resident", method: "verbal", givenAt: new Date().toISOString() },
      },
    }),
  );
  return referral.id;
}

test.describe("the provider", () => {
  test("works the inbox by keyboard: accepts a referral with the moves the API offers", async ({ page, api, spa }) => {
    await newReferral(api, "Toetsenbord");
    await signIn(page, api, spa, ACCOUNTS.provider, "/aanbieder");
    await expect(page.getByRole("heading", { level: 1, name: "Aanmeldingen" })).toBeVisible();
    const rows = page.getByRole("row");
    await expect(rows.filter({ hasText: "Test Toetsenbord" })).toBeVisible();
    // Overdue first.
    const overdue = await rows.evaluateAll((all) => all.slice(1).map((r) => r.classList.contains("welzijn-row-overdue")));
    expect(overdue).toEqual([...overdue].sort((a, b) => Number(b) - Number(a)));
    await expectAccessible(page, "provider inbox");
    await screenshot(page, "provider");

    await tabAndEnter(page, page.getByRole("link", { name: "Test Toetsenbord" }));
    await expect(page.getByRole("heading", { level: 1, name: "Verwijzing" })).toBeVisible();

    // The moves are those /referral-transitions lists for the receiver from "requested".
    const table = await unwrap(apiClient(api).GET("/referral-transitions"));
    const expected = table.transitions.filter((t) => t.from === "requested" && t.parties.includes("receiver")).map((t) => `Zet op: ${STATUS_NL[t.to] ?? t.to}`);
    const moves = page.getByRole("region", { name: "Status wijzigen" });
    await expect(moves.getByRole("button")).toHaveText(expected);
    await expectAccessible(page, "incoming referral");

    await tabAndEnter(page, moves.getByRole("button", { name: "Zet op: Geaccepteerd" }));
    await tabAndEnter(page, moves.getByRole("button", { name: "Bevestig: Geaccepteerd" }));
    await expect(page.locator(".welzijn-facts")).toContainText("Geaccepteerd");
    await expect(page.getByRole("region", { name: "Geschiedenis" }).getByRole("row")).toHaveCount(3);
  });

  test("rejects with a reason code, and forwards to another provider, by keyboard", async ({ page, api, spa }) => {
    await newReferral(api, "Afwijzing");
    await newReferral(api, "Doorsturen");
    await signIn(page, api, spa, ACCOUNTS.provider, "/aanbieder");

    await tabAndEnter(page, page.getByRole("link", { name: "Test Afwijzing" }));
    const moves = page.getByRole("region", { name: "Status wijzigen" });
    await tabAndEnter(page, moves.getByRole("button", { name: "Zet op: Afgewezen" }));
    await tabAndType(page, moves.getByLabel("Reden"), "Geen plaats");
    await expect(moves.getByLabel("Reden").locator("option:checked")).toHaveText("Geen plaats");
    await tabAndEnter(page, moves.getByRole("button", { name: "Bevestig: Afgewezen" }));
    await expect(page.locator(".welzijn-facts")).toContainText("Geen plaats");
    await expect(moves).toContainText("U kunt deze verwijzing nu niet wijzigen.");

    await tabAndEnter(page, page.getByRole("link", { name: "Terug naar de aanmeldingen" }));
    await tabAndEnter(page, page.getByRole("link", { name: "Test Doorsturen" }));
    await tabAndEnter(page, page.getByRole("button", { name: "Doorverwijzen" }));
    const form = page.getByRole("form", { name: "Doorverwijzen" });
    const provider = form.getByLabel("Aanbieder");
    await tabAndType(page, provider, "Welzijn Hillegom");
    await expect(provider.locator("option:checked")).toHaveText("Welzijn Hillegom-Lisse (brede organisatie)");
    await tabAndType(page, form.getByLabel("Uw naam (contactpersoon)"), "Coördinator");
    await expectAccessible(page, "forward form");
    await tabAndEnter(page, form.getByRole("button", { name: "Doorverwijzen" }));
    await expect(page).toHaveURL(/\/aanbieder\?forwarded=/);
    await tabAndEnter(page, page.getByRole("link", { name: "Test Doorsturen" }));
    await expect(page.locator(".welzijn-facts")).toContainText("Doorverwezen");
  });

  test("creates and publishes an activity by keyboard; an edit that crossed another offers to reload", async ({ page, api, spa }) => {
    await signIn(page, api, spa, ACCOUNTS.provider, "/aanbieder");
    await tabAndEnter(page, page.getByRole("navigation", { name: "Aanbieder" }).getByRole("link", { name: "Activiteiten" }));
    await expect(page.getByRole("heading", { level: 1, name: "Activiteiten" })).toBeVisible();
    await expectAccessible(page, "provider activities");
    await tabAndEnter(page, page.getByRole("link", { name: "Nieuwe activiteit" }));

    const form = page.getByRole("form", { name: "Activiteit" });
    const title = form.getByLabel("Titel");
    await tabAndEnter(page, form.getByRole("button", { name: "Opslaan" }));
    await expect(page.locator(".welzijn-problem")).toBeFocused();
    await expect(title).toHaveAttribute("aria-invalid", "true");

    await tabAndType(page, title, "Spelletjesmiddag");
    await tabAndType(page, form.getByLabel("Gemeente"), "Hillegom");
    await expect(form.getByLabel("Gemeente").locator("option:checked")).toHaveText("Hillegom");
    await tabTo(page, form.getByRole("checkbox", { name: "Ontmoeten" }));
    await page.keyboard.press("Space");
    await expect(form.getByRole("checkbox", { name: "Ontmoeten" })).toBeChecked();
    // A day that is not its month (2 March): the segments must take the digits in their order.
    await tabAndTypeDate(page, form.getByLabel("Begint"), "2027-03-02T14:00");
    await tabAndTypeDate(page, form.getByLabel("Eindigt"), "2027-03-02T16:00");
    await tabAndType(page, form.getByLabel("Aantal plaatsen"), "2");
    await tabAndEnter(page, form.getByRole("button", { name: "Opslaan" }));
    await expect(page).toHaveURL(/\/aanbieder\/activiteiten\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1, name: "Spelletjesmiddag" })).toBeVisible();
    await expect(form.getByLabel("Begint")).toHaveValue("2027-03-02T14:00");
    // Each save renews the form, and the button pressed with it: focus moves to what happened.
    await expect(page.getByRole("status")).toHaveText("Opgeslagen.");
    await expect(page.getByRole("status")).toBeFocused();

    await tabAndEnter(page, page.getByRole("button", { name: "Publiceren" }));
    await expect(form.getByLabel("Status")).toHaveValue("published");
    await expect(page.getByRole("status")).toHaveText("Opgeslagen.");
    await expect(page.getByRole("status")).toBeFocused();
    await expect(page.getByRole("region", { name: "Aanmeldingen en wachtlijst" })).toContainText("Nog geen aanmeldingen.");
    await expectAccessible(page, "activity editor");

    // A colleague changes the title meanwhile: our save meets a 412 and offers to reload.
    const activityId = page.url().split("/").pop() ?? "";
    const colleague = await staffClient(api, ACCOUNTS.provider);
    const current = await colleague.GET("/activities/{activityId}", { params: { path: { activityId } } });
    await colleague.PATCH("/activities/{activityId}", {
      params: { path: { activityId }, header: { "If-Match": current.response.headers.get("ETag") ?? "" } },
      body: { title: "Spelletjesmiddag (nieuw)" },
    });
    await tabTo(page, title);
    await page.keyboard.press("End");
    await page.keyboard.type(" (mijn versie)");
    await expect(title).toHaveValue("Spelletjesmiddag (mijn versie)");
    await tabAndEnter(page, form.getByRole("button", { name: "Opslaan" }));
    await expect(page.getByRole("heading", { name: "Iemand anders was u voor" })).toBeVisible();
    await expect(page.locator(".welzijn-problem")).toBeFocused();
    await tabAndEnter(page, page.getByRole("button", { name: "Opnieuw laden" }));
    await expect(page.getByRole("form", { name: "Activiteit" }).getByLabel("Titel")).toHaveValue("Spelletjesmiddag (nieuw)");
    await expect(page.getByRole("status")).toHaveText("Opnieuw geladen: u ziet nu de laatste versie. Breng uw wijziging zo nodig opnieuw aan.");
    await expect(page.getByRole("status")).toBeFocused();
  });
});
