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

/**
 * Tabs to a date field (`type="date"`, value `2027-03-02`) or a date and time field
 * (`type="datetime-local"`, `2027-03-02T14:00`) and types it segment by segment as the field
 * shows it in the test browser (CHROMIUM_ENV pins its language: mm/dd/yyyy hh:mm AM/PM):
 * month, day and year (each moves on by itself, but for the year), Tab, hours, minutes and
 * A or P. Then the field must hold `value`: with a day that is not its month, digits taken in
 * another order fail here.
 */
export async function tabAndTypeDate(page: Page, target: Locator, value: string): Promise<void> {
  const parts = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value);
  if (parts === null) throw new Error(`neither a date (2027-03-02) nor a date and time (2027-03-02T14:00): ${value}`);
  const [, year, month, day, hours, minutes] = parts;
  await tabTo(page, target);
  await page.keyboard.type(`${month}${day}${year}`);
  if (hours !== undefined && minutes !== undefined) {
    const hour = Number(hours);
    await page.keyboard.press("Tab");
    await page.keyboard.type(`${String(hour % 12 || 12).padStart(2, "0")}${minutes}${hour < 12 ? "A" : "P"}`);
  }
  const typed = await target.inputValue();
  if (typed !== value) throw new Error(`the date field holds "${typed}" after typing ${value} as mm/dd/yyyy hh:mm AM/PM`);
}
