import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_CLIENT_ID, DEFAULT_PAGE_SIZE, parseConfig } from "./config";

describe("the runtime configuration", () => {
  it("takes the API's URL from config.json, without a trailing slash", () => {
    expect(parseConfig({ apiUrl: "https://api.hillegom.example/v1/" })).toEqual({
      apiUrl: "https://api.hillegom.example/v1",
      clientId: DEFAULT_CLIENT_ID,
      pageSize: DEFAULT_PAGE_SIZE,
    });
    expect(parseConfig({ apiUrl: "https://api.lisse.example/v1", pageSize: 5 }).pageSize).toBe(5);
    expect(parseConfig({ apiUrl: "http://127.0.0.1:8000/v1", clientId: "lisse-spa" }).clientId).toBe("lisse-spa");
  });

  it.each([
    [null],
    [[]],
    [{}],
    [{ apiUrl: "/v1" }],
    [{ apiUrl: "ftp://api.example/v1" }],
    [{ apiUrl: "https://api.example/v1", clientId: "" }],
    [{ apiUrl: "https://api.example/v1", pageSize: 0 }],
    [{ apiUrl: "https://api.example/v1", pageSize: 101 }],
    [{ apiUrl: "https://api.example/v1", pageSize: "20" }],
  ])("refuses %j with a message", (raw) => {
    expect(() => parseConfig(raw)).toThrow(ConfigError);
  });
});
