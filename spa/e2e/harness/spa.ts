import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { startServer, stopServer, waitForHttp } from "./processes";

export const SPA_ROOT = resolve(import.meta.dirname, "../..");
export const DIST = join(SPA_ROOT, "dist");

export type RunningSpa = { origin: string; stop: () => Promise<void> };

/** What a deploy writes to config.json (see src/config.ts). */
export type SpaConfig = { apiUrl: string; clientId?: string; pageSize?: number };

/**
 * The production build (dist/, made by global-setup.ts) served by `vite preview` from a copy
 * whose config.json is `config`: the same files a deploy would host, configured at run time
 * as a deploy would configure them.
 */
export async function startSpa(config: SpaConfig, port: number): Promise<RunningSpa> {
  const dir = await mkdtemp(join(tmpdir(), "welzijn-e2e-spa-"));
  const outDir = join(dir, "dist");
  await cp(DIST, outDir, { recursive: true });
  await writeFile(join(outDir, "config.json"), JSON.stringify(config));
  const log = join(dir, "preview.log");
  const vite = join(SPA_ROOT, "node_modules/vite/bin/vite.js");
  const args = [vite, "preview", "--outDir", outDir, "--host", "127.0.0.1", "--port", String(port), "--strictPort"];
  const server = startServer(process.execPath, args, process.env, log, SPA_ROOT);
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopServer(server);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitForHttp(`${origin}/config.json`, server, log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, stop };
}
