// What a date typed into a date input means: a date to commit, or why it cannot be.
import { formatDate } from "../domain/statementText";

export type TypedDate = { kind: "date"; date: string } | { kind: "problem"; text: string };

// Returns the typed value (the input's value: "" while a part is missing, the year as typed
// so far, e.g. "0002-12-31") as a date within [min, max], or the sentence saying why not.
export function readTypedDate(typed: string, min: string, max: string): TypedDate {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(typed)) {
    return { kind: "problem", text: "Not a complete date yet: type the day, month and year." };
  }
  if (typed < min) {
    return {
      kind: "problem",
      text: `${formatDate(typed)} is before the first statement, on ${formatDate(min)}.`,
    };
  }
  if (typed > max) {
    return {
      kind: "problem",
      text: `${formatDate(typed)} is after the last date shown, ${formatDate(max)}.`,
    };
  }
  return { kind: "date", date: typed };
}
