import type { Locator, Page } from "@playwright/test";

/** Presses Tab until `target` has focus (at most 80 times), as a keyboard user would. */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  await target.waitFor({ timeout: 10_000 });
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error("the target never got focus by Tab");
}

/** Tabs to `target` and presses Enter (a link, a button, a form's field to submit it). */
export async function tabAndEnter(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press("Enter");
}

/** Tabs to a field and types into it, as a keyboard user fills a form. */
export async function tabAndType(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.type(text);
}
