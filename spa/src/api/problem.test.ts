import { describe, expect, it } from "vitest";
import { ApiError, fieldProblems, locatedIn } from "./problem";

const error = new ApiError(400, {
  type: "about:blank",
  title: "Bad Request",
  status: 400,
  detail: "The request has 2 invalid fields.",
  instance: "/v1/staff/clients",
  requestId: null,
  errors: [
    { in: "body", location: "/redirectUris/1", code: "invalid-redirect-uri", detail: "Use https." },
    { in: "body", location: "/name", code: "required", detail: "Required." },
  ],
});

describe("field problems", () => {
  it("belong to their field, and a list field's items to the list", () => {
    expect(locatedIn("/redirectUris/1", "/redirectUris")).toBe(true);
    expect(locatedIn("/redirectUris", "/redirectUris")).toBe(true);
    expect(locatedIn("/redirectUrisExtra", "/redirectUris")).toBe(false);
    expect(locatedIn("cursor", "cursor")).toBe(true);
    expect(fieldProblems(error, "/redirectUris").map((p) => p.code)).toEqual(["invalid-redirect-uri"]);
    expect(fieldProblems(error, "/clientId")).toEqual([]);
  });
});
