import type { components } from "./schema";

export type Problem = components["schemas"]["ProblemDetails"];
export type FieldProblem = components["schemas"]["InvalidParam"];

/** The API answered with an error status; `problem` is its problem+json body when it sent one. */
export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
  ) {
    super(problem?.detail ?? `HTTP ${status}`);
  }
}

/** The request never got an answer: network down, API stopped, or CORS refused it. */
export class ApiUnreachable extends Error {
  override name = "ApiUnreachable";
}

function isProblem(body: unknown): body is Problem {
  if (typeof body !== "object" || body === null) return false;
  const { status, detail } = body as Record<string, unknown>;
  return typeof status === "number" && typeof detail === "string";
}

type Result<T> = { data?: T; error?: unknown; response: Response };

/** The data of an openapi-fetch call, or an ApiError / ApiUnreachable to show the reader. */
export async function unwrap<T>(request: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await request;
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiUnreachable("no answer from the API", { cause });
  }
  if (result.error !== undefined || result.data === undefined) {
    throw new ApiError(result.response.status, isProblem(result.error) ? result.error : undefined);
  }
  return result.data;
}

/** Whether a problem at `problem` belongs to the field at `field`: the field itself or, for a
 * list field such as `/redirectUris`, one of its items (`/redirectUris/1`). */
export function locatedIn(problem: string, field: string): boolean {
  return problem === field || (field.startsWith("/") && problem.startsWith(`${field}/`));
}

/** The field problems of an error at `location` (or an item of it), in the API's order. */
export function fieldProblems(error: unknown, location: string): FieldProblem[] {
  if (!(error instanceof ApiError)) return [];
  return (error.problem?.errors ?? []).filter((e) => locatedIn(e.location, location));
}
