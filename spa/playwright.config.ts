import { defineConfig } from "@playwright/test";
import { CHROMIUM, CHROMIUM_ENV, CHROMIUM_FLAGS } from "./e2e/harness/chromium";

/**
 * Browser tests against the real API and the production build, both started by the tests
 * (e2e/harness). One worker: the machine is small, and each worker starts its own API.
 */
export default defineConfig({
  testDir: "./e2e",
  globalSetup: "./e2e/harness/global-setup.ts",
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    browserName: "chromium",
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_FLAGS, env: CHROMIUM_ENV },
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    viewport: { width: 1280, height: 900 },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
});
