import type { MapFilters } from "../src/features/social-map/filters";
import { searchTitles } from "./harness/api-client";
import { expectAccessible } from "./harness/axe";
import { expect, test } from "./harness/fixtures";
import { tabAndEnter, tabTo } from "./harness/keyboard";
import { screenshot } from "./harness/screenshots";
import { socialMap, titlesOf } from "./harness/social-map";

const PHONE = { width: 390, height: 844 };

/** A calendar day in Hillegom, `days` from today. */
function dayFromToday(days: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date(Date.now() + days * 86_400_000));
}

test.describe("the public social map", () => {
  test("a resident finds the coffee morning in Hillegom and reads where and when it is", async ({ page, spa, api }) => {
    const map = socialMap(page);
    await page.goto(`${spa.origin}/`);
    await expect(page.getByRole("heading", { level: 1, name: "Sociale kaart Hillegom en Lisse" })).toBeVisible();
    await map.loaded();
    await expectAccessible(page, "social map");
    await screenshot(page, "social-map");

    await map.search.getByLabel("Zoekwoord").fill("koffie");
    await map.search.getByLabel("Gemeente").selectOption({ label: "Hillegom" });
    await map.submit.click();

    await expect(page).toHaveURL(`${spa.origin}/?q=koffie&municipality=GM0534`);
    // The toddlers' morning offers coffee to the parents: the text search reads descriptions too.
    const found = await searchTitles(api, { q: "koffie", municipality: "GM0534" });
    expect(found).toEqual(expect.arrayContaining(["Koffieochtend in de Bibliotheek", "Peuterochtend"]));
    await expect(map.cards).toHaveCount(found.length);
    const card = map.cards.filter({ has: page.getByRole("heading", { name: "Koffieochtend in de Bibliotheek" }) });
    await expect(card).toContainText("Welzijnskompas in Hillegom");
    await expect(card).toContainText("Volgende keer");
    await expect(card).toContainText(/(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) \d+ \w+ \d{4} om 10:00/);
    await expect(card).toContainText("Geen maximum");
    await expect(card).toContainText("Gratis");
    await expect(card).toContainText("Vanaf 55 jaar");

    await card.getByRole("link", { name: "Koffieochtend in de Bibliotheek" }).click();
    await expect(page).toHaveURL(/\/activiteiten\/[0-9a-f-]{36}$/);
    await expect(page).toHaveTitle("Koffieochtend in de Bibliotheek – Sociale kaart");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Koffieochtend in de Bibliotheek");
    const main = page.getByRole("main");
    await expect(main).toContainText("Elke week op dinsdag");
    await expect(main).toContainText("10:00–11:30");
    await expect(main.locator("address")).toHaveText(/Bibliotheek Hillegom\s*Hoofdstraat 85\s*2181 EB Hillegom/);
    await expect(main).toContainText("Ontmoeten");
    const provider = page.getByRole("region", { name: "Over Welzijnskompas" });
    await expect(provider.getByRole("link", { name: "info@welzijnskompas.example" })).toHaveAttribute(
      "href",
      "mailto:info@welzijnskompas.example",
    );
    await expectAccessible(page, "activity page");

    await page.getByRole("link", { name: "Terug naar de zoekresultaten" }).click();
    await expect(page).toHaveURL(`${spa.origin}/?q=koffie&municipality=GM0534`);
    await expect(map.search.getByLabel("Zoekwoord")).toHaveValue("koffie");
    await expect(map.cards).toHaveCount(found.length);
  });

  test("each filter reaches the API and the screen shows exactly what the API finds", async ({ page, spa, api }) => {
    const map = socialMap(page);
    const everything = await searchTitles(api, {});
    const day = dayFromToday(7);
    const cases: { name: string; filters: MapFilters; set: () => Promise<void> }[] = [
      { name: "text", filters: { q: "taal" }, set: () => map.search.getByLabel("Zoekwoord").fill("taal") },
      {
        name: "municipality",
        filters: { municipality: "GM0553" },
        set: () => map.search.getByLabel("Gemeente").selectOption({ label: "Lisse" }).then(() => undefined),
      },
      { name: "age", filters: { age: 15 }, set: () => map.search.getByLabel("Leeftijd").fill("15") },
      { name: "theme", filters: { theme: ["exercise"] }, set: () => map.search.getByLabel("Bewegen en sport").check() },
      {
        name: "free",
        filters: { free: true },
        set: () => map.search.getByLabel("Kosten").selectOption({ label: "Alleen gratis" }).then(() => undefined),
      },
      {
        name: "paid",
        filters: { free: false },
        set: () => map.search.getByLabel("Kosten").selectOption({ label: "Alleen met kosten" }).then(() => undefined),
      },
      {
        name: "places left",
        filters: { hasPlaces: true },
        set: () => map.search.getByLabel("Alleen activiteiten met plaatsen vrij").check(),
      },
      {
        name: "date window",
        filters: { from: day, until: day },
        set: async () => {
          await map.search.getByLabel("Vanaf").fill(day);
          await map.search.getByLabel("Tot en met").fill(day);
        },
      },
    ];
    for (const { name, filters, set } of cases) {
      await test.step(name, async () => {
        await page.goto(`${spa.origin}/`);
        await map.loaded();
        await set();
        const answered = page.waitForResponse((r) => r.url().startsWith(`${api.url}/activities?`));
        await map.submit.click();
        await answered;
        const expected = await searchTitles(api, filters);
        expect(expected.length, `the demo data has activities for ${name}`).toBeGreaterThan(0);
        expect(expected.length, `${name} narrows the search`).toBeLessThan(everything.length);
        expect(await map.allTitles()).toEqual(expected);
        for (const key of Object.keys(filters)) expect(new URL(page.url()).searchParams.has(key)).toBe(true);
      });
    }
  });

  test("a shared URL restores every filter in the form and the same results", async ({ page, spa, api }) => {
    const map = socialMap(page);
    const from = dayFromToday(1);
    const until = dayFromToday(60);
    const filters: MapFilters = { q: "sport", municipality: "GM0553", age: 8, theme: ["exercise"], from, until, free: false, hasPlaces: true };
    const query = `q=sport&municipality=GM0553&age=8&theme=exercise&from=${from}&until=${until}&free=false&hasPlaces=true`;
    await page.goto(`${spa.origin}/?${query}`);

    await expect(map.search.getByLabel("Zoekwoord")).toHaveValue("sport");
    await expect(map.search.getByLabel("Gemeente")).toHaveValue("GM0553");
    await expect(map.search.getByLabel("Leeftijd")).toHaveValue("8");
    await expect(map.search.getByLabel("Bewegen en sport")).toBeChecked();
    await expect(map.search.getByLabel("Ontmoeten")).not.toBeChecked();
    await expect(map.search.getByLabel("Vanaf")).toHaveValue(from);
    await expect(map.search.getByLabel("Tot en met")).toHaveValue(until);
    await expect(map.search.getByLabel("Kosten")).toHaveValue("false");
    await expect(map.search.getByLabel("Alleen activiteiten met plaatsen vrij")).toBeChecked();
    const expected = await searchTitles(api, filters);
    expect(expected).toEqual(["Sportinstuif"]);
    expect(await map.allTitles()).toEqual(expected);

    // Searching again from the restored form keeps the URL as it was.
    await map.submit.click();
    await expect(page).toHaveURL(`${spa.origin}/?${query}`);
  });

  test("more results come a page at a time through nextCursor, each activity once", async ({ page, spa, api }) => {
    const map = socialMap(page);
    const everything = await searchTitles(api, {});
    expect(everything.length).toBeGreaterThan(12); // three pages of six
    await page.goto(`${spa.origin}/`);
    await expect(map.cards).toHaveCount(6);
    await expect(map.results.getByRole("status")).toHaveText("6 activiteiten getoond, er zijn er meer.");

    await map.more.click();
    await expect(map.cards).toHaveCount(12);
    // The reader goes on where the new results begin.
    await expect(map.cards.nth(6).getByRole("link")).toBeFocused();

    const titles = await map.allTitles();
    expect(titles).toEqual(everything);
    expect(new Set(titles).size).toBe(titles.length);
    await expect(map.more).toBeHidden();
    await expect(map.results.getByRole("status")).toHaveText(`${everything.length} activiteiten gevonden.`);
  });

  test("a keyboard alone searches and opens an activity", async ({ page, spa }) => {
    const map = socialMap(page);
    await page.goto(`${spa.origin}/`);
    await map.loaded();

    await tabTo(page, page.getByRole("link", { name: "Direct naar de inhoud" }));
    await tabTo(page, map.search.getByRole("searchbox", { name: "Zoekwoord" }));
    await page.keyboard.type("taal");
    await tabTo(page, map.search.getByRole("combobox", { name: "Gemeente" }));
    await page.keyboard.press("ArrowDown"); // Hillegom, the first municipality
    await expect(map.search.getByLabel("Gemeente")).toHaveValue("GM0534");
    await tabTo(page, map.search.getByRole("checkbox", { name: "Alleen activiteiten met plaatsen vrij" }));
    await page.keyboard.press("Space");
    await tabAndEnter(page, map.submit);

    await expect(page).toHaveURL(`${spa.origin}/?q=taal&municipality=GM0534&hasPlaces=true`);
    const first = map.cards.first().getByRole("link");
    await expect(first).toHaveText("Taalcafé");
    await tabAndEnter(page, first);

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Taalcafé");
    await expect(page.getByRole("main")).toBeFocused(); // a screen reader starts on the new screen
    await tabAndEnter(page, page.getByRole("link", { name: "Terug naar de zoekresultaten" }));
    await expect(page).toHaveURL(`${spa.origin}/?q=taal&municipality=GM0534&hasPlaces=true`);
  });

  test("the API's problems are shown in words, each next to its field", async ({ page, spa }) => {
    const map = socialMap(page);
    await page.goto(`${spa.origin}/?q=a&age=130`);

    const problem = map.results.getByRole("alert");
    await expect(problem.getByRole("heading", { name: "Controleer wat u heeft ingevuld" })).toBeVisible();
    await expect(problem).toContainText("The request has 2 problems."); // the API's own detail
    const ageLink = problem.getByRole("link", { name: /^Leeftijd: / });
    await expect(ageLink).toHaveAttribute("href", "#field-age");
    await expect(problem.getByRole("link", { name: /^Zoekwoord: / })).toHaveAttribute("href", "#field-q");

    const age = map.search.getByLabel("Leeftijd");
    await expect(age).toHaveAttribute("aria-invalid", "true");
    await expect(age).toHaveAccessibleDescription(/less than or equal to 120/);
    await expect(map.search.getByLabel("Zoekwoord")).toHaveAttribute("aria-invalid", "true");
    await expect(map.search.getByLabel("Gemeente")).not.toHaveAttribute("aria-invalid");
    await expectAccessible(page, "social map with the API's problems");

    await ageLink.click();
    await expect(age).toBeFocused();

    await age.fill("70");
    await map.search.getByLabel("Zoekwoord").fill("");
    await map.submit.click();
    await expect(problem).toBeHidden();
    await expect(map.cards.first()).toBeVisible();
    await expect(age).not.toHaveAttribute("aria-invalid");
  });

  test("an activity that does not exist is answered with the API's 404, in words", async ({ page, spa }) => {
    await page.goto(`${spa.origin}/activiteiten/0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0f`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Activiteit niet beschikbaar");
    const problem = page.getByRole("alert");
    await expect(problem.getByRole("heading", { name: "Niet gevonden" })).toBeVisible();
    await expect(problem).toContainText(/activity/i);
    await expect(problem.getByRole("button", { name: "Opnieuw proberen" })).toHaveCount(0);
    await expectAccessible(page, "activity not found");
  });

  test("while the API answers, the reader sees what is loading", async ({ page, spa, api }) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`${api.url}/activities?*`, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${spa.origin}/`);
    const map = socialMap(page);
    await expect(map.results.getByRole("status")).toHaveText("Activiteiten worden geladen…");
    await expectAccessible(page, "social map loading");
    release();
    await expect(map.cards.first()).toBeVisible();
  });

  test("when the API cannot be reached the reader is told so and can try again", async ({ page, spa, api }) => {
    await page.route(`${api.url}/activities?*`, (route) => route.abort("connectionrefused"));
    await page.goto(`${spa.origin}/`);
    const map = socialMap(page);
    const problem = map.results.getByRole("alert");
    await expect(problem.getByRole("heading", { name: "De server is niet bereikbaar" })).toBeVisible({ timeout: 20_000 });
    await expectAccessible(page, "social map without the API");

    await page.unroute(`${api.url}/activities?*`);
    await problem.getByRole("button", { name: "Opnieuw proberen" }).click();
    await expect(map.cards.first()).toBeVisible();
  });

  test("on a phone-sized screen nothing is cut off and the filters can be skipped", async ({ page, spa }) => {
    await page.setViewportSize(PHONE);
    const map = socialMap(page);
    await page.goto(`${spa.origin}/`);
    await map.loaded();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await expectAccessible(page, "social map on a phone");
    await screenshot(page, "social-map-phone", false);

    await page.getByRole("link", { name: "Direct naar de activiteiten" }).click();
    await expect(map.results.getByRole("heading", { level: 2 })).toBeInViewport();

    await map.cards.first().getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator("address")).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await expectAccessible(page, "activity page on a phone");
  });

  test("English is one click away, and stays chosen", async ({ page, spa }) => {
    await page.goto(`${spa.origin}/`);
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Social map of Hillegom and Lisse");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("search").getByLabel("Exercise and sport")).toBeVisible();
    await expect(page.getByRole("region", { name: "Activities" }).getByRole("status")).toHaveText(/shown|found/);
    await expectAccessible(page, "social map in English");

    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Social map of Hillegom and Lisse");
    await page.getByRole("button", { name: "Nederlands" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    expect(await titlesOf(page.getByRole("article"))).not.toHaveLength(0);
  });
});
