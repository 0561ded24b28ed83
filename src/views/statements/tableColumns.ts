// Which statement columns the table offers, and which of them get a text filter.
export const TABLE_COLUMN_IDS = [
  "date",
  "party",
  "speaker",
  "issue",
  "stance",
  "summary",
  "quote",
  "source",
] as const;

export const FILTERABLE_COLUMN_IDS = ["party", "speaker", "issue", "stance"] as const;

// Grid track per column: short labels stay narrow, the prose columns share what is left.
export const COLUMN_TRACKS: Readonly<Record<string, string>> = {
  // Wide enough for "30 September 2024" on one line.
  date: "minmax(8.5rem, 0.8fr)",
  party: "minmax(7rem, 0.8fr)",
  speaker: "minmax(8rem, 1fr)",
  issue: "minmax(8rem, 1fr)",
  stance: "minmax(9rem, 1fr)",
  summary: "minmax(14rem, 2.2fr)",
  quote: "minmax(14rem, 2.2fr)",
  source: "minmax(8rem, 1fr)",
};

// Returns the table's column ids minus the hidden ones, in table order.
export function visibleColumnIds(hiddenColumns: readonly string[]): string[] {
  return TABLE_COLUMN_IDS.filter((id) => !hiddenColumns.includes(id));
}
