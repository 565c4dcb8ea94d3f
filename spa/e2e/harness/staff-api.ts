import { createApiClient, type ApiClient } from "../../src/api/client";
import type { RunningApi } from "./api";
import { DEMO_PASSWORD } from "./sign-in";

/**
 * The typed client signed in as a demo account (the password grant, from the test process):
 * for a test to prepare data or to ask the API what a screen should show.
 */
export async function staffClient(api: RunningApi, username: string): Promise<ApiClient> {
  const response = await fetch(`${api.url}/auth/token`, {
    method: "POST",
    body: new URLSearchParams({ grant_type: "password", username, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in of ${username} failed: HTTP ${response.status}`);
  const { access_token } = (await response.json()) as { access_token: string };
  return createApiClient(api.url, () => access_token);
}
