// Names for exported files, kept apart from download.ts so they test without a DOM.

// Returns e.g. "russia-ukraine-statements-2025-08-21.csv"; a Date gives its local calendar
// day, a string is used as the ISO day it already is.
export function exportFilename(
  datasetId: string,
  view: string,
  date: Date | string,
  extension = "csv",
): string {
  const day = typeof date === "string" ? date : isoDay(date);
  return `${datasetId}-${view}-${day}.${extension}`;
}

// The local day, not toISOString()'s UTC one: a file saved at 01:00 in Kyiv is dated that day.
export function isoDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, "0");
  const day = String(date.getDate()).padStart(2, "0");
  return `${date.getFullYear()}-${month}-${day}`;
}
