/**
 * Runtime configuration, read from `config.json` next to index.html when the app starts, so
 * the same build runs against any API: the deploy writes that file, the build never sees it.
 */
export type RuntimeConfig = {
  /** The API's base URL as in the spec's `servers`, e.g. https://api.welzijn.example/v1. */
  apiUrl: string;
  /** The OAuth client id this app signs in with (authorization code + PKCE). */
  clientId: string;
  /** Results per page of the social map (1 to 100, the API's limit). */
  pageSize: number;
};

export const DEFAULT_CLIENT_ID = "welzijn-spa";
export const DEFAULT_PAGE_SIZE = 20;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Checks a parsed config.json; throws a ConfigError that says what is wrong. */
export function parseConfig(raw: unknown): RuntimeConfig {
  if (typeof raw !== "object" || raw === null) throw new ConfigError("config.json is not a JSON object");
  const { apiUrl, clientId = DEFAULT_CLIENT_ID, pageSize = DEFAULT_PAGE_SIZE } = raw as Record<string, unknown>;
  if (typeof apiUrl !== "string" || !URL.canParse(apiUrl)) {
    throw new ConfigError("config.json: apiUrl must be an absolute URL such as https://api.example/v1");
  }
  const url = new URL(apiUrl);
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ConfigError("config.json: apiUrl must be an http(s) URL");
  }
  if (typeof clientId !== "string" || clientId === "") {
    throw new ConfigError("config.json: clientId must be a non-empty string");
  }
  if (typeof pageSize !== "number" || !Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100) {
    throw new ConfigError("config.json: pageSize must be a whole number from 1 to 100");
  }
  return { apiUrl: url.href.replace(/\/+$/, ""), clientId, pageSize };
}

/** Fetches config.json from where the app is served (Vite's base URL). */
export async function loadConfig(base: string = import.meta.env.BASE_URL): Promise<RuntimeConfig> {
  // Same request as index.html's preload, so the browser uses that answer. A deploy serves
  // config.json with Cache-Control: no-cache (see spa/README.md).
  const response = await fetch(`${base}config.json`);
  if (!response.ok) throw new ConfigError(`config.json could not be loaded (HTTP ${response.status})`);
  return parseConfig(await response.json());
}
