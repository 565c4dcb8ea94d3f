import { build } from "vite";
import { assertChromium } from "./chromium";
import { SPA_ROOT } from "./spa";

/** Once per run: a browser is there, and dist/ is a production build of the current code. */
export default async function globalSetup(): Promise<void> {
  assertChromium();
  await build({ root: SPA_ROOT, logLevel: "warn" });
}
