// The one shape every parse and read in src/domain and src/workers returns: the value, or
// every problem found. Callers branch on `ok` instead of catching throws.

// One thing wrong with an input, located so a user can find and fix it.
export interface Problem {
  // JSON path in the form `statements[3].stanceId`, or a CSV cell as `row 5, column date`.
  path: string;
  expected: string;
  found: string;
}

export interface Success<T> {
  ok: true;
  value: T;
  // Things a user should know that did not stop the read, in words to show as they are
  // ("3 fields were not recognised and were left out: …"). Empty when there are none.
  warnings: string[];
}

export interface Failure {
  ok: false;
  // May be empty when `message` says all there is (an empty file, a file too large).
  problems: Problem[];
  // One sentence for the user saying what failed, where the problems alone do not
  // ("data.json is not a valid Parley dataset."). Absent on parses that only list problems.
  message?: string;
  // How many problems were found in all, when `problems` holds only the first of them.
  problemCount?: number;
}

export type Result<T> = Success<T> | Failure;

export function succeed<T>(value: T, warnings: string[] = []): Success<T> {
  return { ok: true, value, warnings };
}

export function fail(problems: Problem[], message?: string): Failure {
  return message === undefined ? { ok: false, problems } : { ok: false, problems, message };
}

// What a caught throw says, for a sentence on screen: an Error's message, anything else as text.
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
