import { createContext, useContext } from "react";
import { fieldProblems, type FieldProblem } from "../api/problem";

/** The error of the request a form made; its fields show the problems that name them. */
export const ProblemContext = createContext<unknown>(undefined);

export function useFieldProblems(location: string): FieldProblem[] {
  return fieldProblems(useContext(ProblemContext), location);
}

/** The id of the input for a problem `location` (a parameter name or a JSON pointer). */
export function fieldId(location: string): string {
  return `field-${location.replace(/^\//, "").replace(/[^A-Za-z0-9_-]/g, "-")}`;
}
