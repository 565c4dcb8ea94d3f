import type { Locator, Page } from "@playwright/test";
import { expect } from "./fixtures";

/** The social map's screen parts, found the way a reader (or a screen reader) finds them. */
export function socialMap(page: Page) {
  const results = page.getByRole("region", { name: /^(Activiteiten|Activities)$/ });
  const search = page.getByRole("search");
  return {
    search,
    results,
    cards: results.getByRole("article"),
    more: results.getByRole("button", { name: /^(Meer resultaten|More results)$/ }),
    submit: search.getByRole("button", { name: /^(Zoeken|Search)$/ }),
    /** Waits for the results (or their absence) to be on screen. */
    async loaded(): Promise<void> {
      await expect(results.getByRole("status").filter({ hasText: /gevonden|getoond|Geen activiteiten|found|shown|No activities/ })).toBeVisible();
    },
    /** Every title, after asking for more results until there are none. */
    async allTitles(): Promise<string[]> {
      await this.loaded();
      while (await this.more.isVisible()) {
        const before = await this.cards.count();
        await this.more.click();
        await expect(this.cards).not.toHaveCount(before);
      }
      return titlesOf(this.cards);
    },
  };
}

export async function titlesOf(cards: Locator): Promise<string[]> {
  return cards.getByRole("heading", { level: 3 }).allInnerTexts();
}
