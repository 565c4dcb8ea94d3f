import { createContext, useContext } from "react";
import type { RuntimeConfig } from "../config";
import type { ApiClient } from "./client";

export type Api = { client: ApiClient; config: RuntimeConfig };

export const ApiContext = createContext<Api | null>(null);

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (api === null) throw new Error("useApi needs an <ApiContext.Provider>");
  return api;
}
