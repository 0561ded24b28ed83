// The largest dataset Parley opens. Every view is built (and benchmarked) to stay responsive
// up to these; beyond them a file is refused with a message naming the limit, instead of
// freezing or crashing the tab (issue 11: 5,000 parties took the Timeline down in 67 s).
// README ("Limits") and the import message state the same numbers, from here.

export const DATASET_LIMITS = {
  // One row or line per party in the matrix, timelines and gap charts.
  parties: 100,
  // One matrix column and one timeline chart each (charts render lazily as they scroll in).
  issues: 200,
  // The legend and the stance axis of a chart must stay legible.
  stancesPerIssue: 30,
  // The generated 100k-statement benchmark dataset is 47 MB, at the file-size limit.
  statements: 100_000,
  sources: 5_000,
  events: 5_000,
  // Review flags recorded as checked (meta.reviewed): one per flag of a large dataset's review.
  reviewed: 10_000,
  // Lists inside one record: a statement's other sources and condition links, a party's members.
  listItems: 100,
} as const;

export type DatasetLimits = typeof DATASET_LIMITS;

// How many problems a failed validation lists; the rest are counted, not kept, so a file of
// 100,000 bad rows gives a short report fast.
export const MAX_LISTED_PROBLEMS = 1_000;

// Marks a problem as a limit reached, so the import message can state every limit.
export const LIMIT_NOTE = "Parley's limit";

// The limits as one sentence, for the import message and the README.
export function describeLimits(): string {
  const l = DATASET_LIMITS;
  const n = (value: number) => value.toLocaleString("en-GB");
  return (
    `Parley opens datasets of up to ${n(l.parties)} parties, ${n(l.issues)} issues ` +
    `(${n(l.stancesPerIssue)} stances each), ${n(l.statements)} statements, ` +
    `${n(l.sources)} sources and ${n(l.events)} events.`
  );
}
