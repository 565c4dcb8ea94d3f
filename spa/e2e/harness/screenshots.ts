import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";

const FOLDER = fileURLToPath(new URL("../../../docs/screenshots/", import.meta.url));

/** Writes docs/screenshots/<name>.png, only when WELZIJN_SCREENSHOTS=1: ordinary runs leave the tree as it is. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  if (process.env.WELZIJN_SCREENSHOTS !== "1") return;
  await page.screenshot({ path: `${FOLDER}${name}.png`, fullPage });
}
