import type { Locator, Page } from "@playwright/test";

/**
 * Presses Tab until `target` has focus (at most 80 times), as a keyboard user would, and
 * checks that the focus shows there (WCAG 2.4.7: an outline or a box shadow).
 */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  await target.waitFor({ timeout: 10_000 });
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    const indicator = await target.evaluate((el) => {
      if (el !== document.activeElement) return undefined;
      const style = getComputedStyle(el);
      if (style.outlineStyle !== "none" && style.outlineWidth !== "0px") return "outline";
      return style.boxShadow === "none" ? "" : "box-shadow";
    });
    if (indicator === undefined) continue;
    if (indicator === "") throw new Error(`focus does not show on ${await target.evaluate((el) => el.outerHTML.slice(0, 160))}`);
    return;
  }
  throw new Error("the target never got focus by Tab");
}

/** Tabs to `target` and presses Enter (a link, a button). */
export async function tabAndEnter(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press("Enter");
}

/** Tabs to a field and types into it, as a keyboard user fills a form. */
export async function tabAndType(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.type(text);
}
