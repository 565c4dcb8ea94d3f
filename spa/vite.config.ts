import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";

const DISPLAY_NAME = /^[ \t]*[A-Za-z_$][\w$]*\.displayName = (['"`])[^'"`\n]*\1;?[ \t]*$/gm;

/**
 * The Utrecht packages set `Component.displayName = "…"` on each of their ~100 components at
 * module level; the bundler must keep such writes, and with them every component, used or
 * not (59 of the 64 KB gzipped they added). Display names only serve React's dev tools, so
 * the production build drops those lines (lines kept empty: source maps stay aligned).
 */
function dropUtrechtDisplayNames(): Plugin {
  return {
    name: "welzijn:drop-utrecht-display-names",
    apply: "build",
    transform(code, id) {
      if (!/node_modules\/@utrecht\/.+\.mjs$/.test(id)) return null;
      return { code: code.replace(DISPLAY_NAME, ""), map: null };
    },
  };
}

// The API's URL is not built in: the app reads /config.json at start (see src/config.ts).
export default defineConfig({
  plugins: [react(), dropUtrechtDisplayNames()],
  build: { target: "es2022" },
  server: { host: "127.0.0.1", port: 5173, strictPort: true },
  preview: { host: "127.0.0.1", port: 5173, strictPort: true },
  test: {
    include: ["src/**/*.test.ts", "scripts/**/*.test.js"],
    environment: "node",
  },
});
