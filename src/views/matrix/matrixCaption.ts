// The words above the matrix that say which date it shows, and why that date.
import type { AsOfChoice } from "../../domain/resolveChoices";
import { formatDate } from "../../domain/statementText";

// Returns e.g. "Positions as of 31 December 2024", "Positions on 1 May 2024 → 31 December
// 2024", with why the date is what it is when the date filter set it.
export function matrixCaption(asOf: AsOfChoice, compareFrom: string | null): string {
  const dates = compareFrom
    ? `Positions on ${formatDate(compareFrom)} → ${formatDate(asOf.date)}`
    : `Positions as of ${formatDate(asOf.date)}`;
  return asOf.reason === "filter-end" ? `${dates}, the end of the date filter` : dates;
}
