// Collects a validation's problems without ever growing past a cap: the first
// MAX_LISTED_PROBLEMS are kept, the rest only counted. Never spreads a list into a call
// (`push(...many)` overflows the stack past ~100k items), never recurses.
import { MAX_LISTED_PROBLEMS } from "./limits";
import type { Problem } from "./result";

export class ProblemList {
  readonly listed: Problem[] = [];
  count = 0;

  add(problem: Problem): void {
    this.count += 1;
    if (this.listed.length < MAX_LISTED_PROBLEMS) this.listed.push(problem);
  }

  get isEmpty(): boolean {
    return this.count === 0;
  }
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || "(root)";
}

// A short, safe rendering of the value found, for an error message. Looks one level deep
// at most, so a value nested a million levels costs nothing.
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing (missing)";
  if (value === null) return "null";
  if (typeof value === "string") {
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return JSON.stringify(shown);
  }
  if (Array.isArray(value)) return `an array of ${value.length.toLocaleString("en-GB")}`;
  if (typeof value === "object") return "an object";
  return String(value);
}
