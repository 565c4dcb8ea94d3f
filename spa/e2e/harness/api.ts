import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { freePort } from "./ports";
import { run, startServer, stopServer, waitForHttp } from "./processes";

/** The repository root (spa/ is one of its folders). */
export const REPO = resolve(import.meta.dirname, "../../..");
/** The `welzijn` command of the repo's virtualenv (`make .venv/.installed`), or WELZIJN_BIN. */
export const WELZIJN = process.env.WELZIJN_BIN ?? join(REPO, ".venv/bin/welzijn");

export type RunningApi = {
  /** The API's base URL, as in the spec's servers: http://127.0.0.1:<port>/v1. */
  url: string;
  origin: string;
  databaseUrl: string;
  /** The server's output, for a failing test to quote. */
  log: string;
  /** Runs a `welzijn` command against this API's database and keys (e.g. registering a client). */
  welzijn: (args: string[]) => Promise<void>;
  stop: () => Promise<void>;
};

export type ApiOptions = {
  /** Origins allowed by CORS (WELZIJN_CORS_ORIGINS), e.g. the SPA's. */
  corsOrigins?: string[];
  /** Load the demo seed (default true): the accounts and social map of the README. */
  demo?: boolean;
  /** More WELZIJN_* settings. */
  env?: Record<string, string>;
};

/**
 * The real API on a fresh SQLite database: `welzijn migrate`, `seed --demo`, `keys generate`,
 * then `welzijn serve` on a free port of this machine's test range. Everything lives in a
 * temporary folder that `stop()` removes.
 */
export async function startApi(options: ApiOptions = {}): Promise<RunningApi> {
  const dir = await mkdtemp(join(tmpdir(), "welzijn-e2e-api-"));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const databaseUrl = `sqlite:///${join(dir, "welzijn.db")}`;
  const log = join(dir, "api.log");
  const env = {
    ...process.env,
    WELZIJN_DATABASE_URL: databaseUrl,
    WELZIJN_KEYS_DIR: join(dir, "keys"),
    WELZIJN_PUBLIC_URL: origin,
    WELZIJN_CORS_ORIGINS: (options.corsOrigins ?? []).join(","),
    WELZIJN_LOG_LEVEL: "WARNING",
    ...options.env,
  };
  // The keys first: the audit key signs every event the seed writes.
  await run(WELZIJN, ["keys", "generate"], env, log);
  await run(WELZIJN, ["migrate"], env, log);
  if (options.demo ?? true) await run(WELZIJN, ["seed", "--demo"], env, log);
  const server = startServer(WELZIJN, ["serve", "--host", "127.0.0.1", "--port", String(port)], env, log);
  const stop = async () => {
    await stopServer(server);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitForHttp(`${origin}/v1/health`, server, log);
  } catch (error) {
    await stop();
    throw error;
  }
  const welzijn = (args: string[]) => run(WELZIJN, args, env, log);
  return { url: `${origin}/v1`, origin, databaseUrl, log, welzijn, stop };
}
