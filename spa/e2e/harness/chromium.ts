import { existsSync } from "node:fs";

/** Debian's chromium (apt-get install -y chromium); Playwright's own browsers are never downloaded. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Headless, sandbox-less (containers), and quiet: no background traffic, no QUIC, no updates. */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * The browser's environment, with its own language pinned to US English. Playwright's `locale`
 * (nl-NL in playwright.config.ts) sets navigator.language, Accept-Language and Intl, but date
 * and time fields order their segments by Chromium's UI language, which on Linux comes from
 * LANGUAGE, LC_ALL, LC_MESSAGES or LANG and falls back to en-US when that language's pak is
 * not installed (Debian's chromium without chromium-l10n has en-US alone). Pinned, every
 * machine shows mm/dd/yyyy hh:mm AM/PM, the order `tabAndTypeDate` types.
 */
export const CHROMIUM_ENV = { ...process.env, LANGUAGE: "en_US" };

export function assertChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no chromium at ${CHROMIUM}: install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
}
