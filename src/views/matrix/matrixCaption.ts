// The words above the matrix that say which date it shows, and why that date.
import type { AsOfChoice } from "../../domain/resolveChoices";
import { countText, formatDate } from "../../domain/statementText";

// How many of the dataset's parties and issues the matrix shows: [shown, total].
export interface ShownCounts {
  parties: readonly [number, number];
  issues: readonly [number, number];
}

const shownText = ([shown, total]: readonly [number, number], noun: string, plural: string) =>
  shown === total
    ? `all ${countText(total, noun, plural)}`
    : `${shown} of ${countText(total, noun, plural)}`;

// Returns e.g. "Positions as of 31 December 2024", "Positions on 1 May 2024 → 31 December
// 2024", with why the date is what it is when the date filter set it, and, given `counts`,
// which parties and issues it shows ("· all 4 parties, 2 of 8 issues"): the prerendered page
// says what it shows, so a reader never takes the default view for a link's.
export function matrixCaption(
  asOf: AsOfChoice,
  compareFrom: string | null,
  counts?: ShownCounts,
): string {
  const dates = compareFrom
    ? `Positions on ${formatDate(compareFrom)} → ${formatDate(asOf.date)}`
    : `Positions as of ${formatDate(asOf.date)}`;
  const when = asOf.reason === "filter-end" ? `${dates}, the end of the date filter` : dates;
  if (!counts) return when;
  return `${when} · ${shownText(counts.parties, "party", "parties")}, ${shownText(counts.issues, "issue", "issues")}`;
}
