// The shapes of what a user chooses (view, filters, dates, open cell) and their empty values.
// Plain types and constants, no store, so the URL parser and pure helpers can use them without
// loading zustand.

export type ViewId = "matrix" | "timeline" | "statements" | "sources" | "method";

export const VIEW_IDS: readonly ViewId[] = [
  "matrix",
  "timeline",
  "statements",
  "sources",
  "method",
];

export interface Filters {
  issueIds: string[]; // empty = all issues
  partyIds: string[]; // empty = all parties
  from: string | null; // ISO date, inclusive
  to: string | null; // ISO date, inclusive
  speaker: string; // "" = any
  text: string; // "" = any
}

export const EMPTY_FILTERS: Filters = {
  issueIds: [],
  partyIds: [],
  from: null,
  to: null,
  speaker: "",
  text: "",
};

export interface CellRef {
  issueId: string;
  partyId: string;
}

// The choices a link carries: the dataset shown and what the user looks at in it.
export interface UrlState {
  datasetKey: string;
  view: ViewId;
  filters: Filters;
  asOf: string | null; // matrix "as of" date; null = latest statement date
  compareFrom: string | null; // compare mode's "from" date; null = compare off
  gapParties: [string, string] | null; // null = first two parties
  matrixRowsAre: "issues" | "parties";
  selectedCell: CellRef | null; // detail panel
}
