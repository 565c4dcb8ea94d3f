import createClient, { type Middleware } from "openapi-fetch";
import type { paths } from "./schema";

export type ApiClient = ReturnType<typeof createClient<paths>>;

/** Where the caller's access token comes from; undefined while nobody is signed in. */
export type AccessTokenSource = () => string | undefined;

/** The one typed client of the API, at the URL the runtime configuration names. */
export function createApiClient(apiUrl: string, accessToken: AccessTokenSource = () => undefined): ApiClient {
  const client = createClient<paths>({ baseUrl: apiUrl });
  const bearer: Middleware = {
    onRequest({ request }) {
      const token = accessToken();
      if (token !== undefined) request.headers.set("Authorization", `Bearer ${token}`);
      return request;
    },
  };
  client.use(bearer);
  return client;
}
