// The shapes of what a user chooses (view, filters, dates, open cell) and their empty values.
// Plain types and constants, no store, so the URL parser and pure helpers can use them without
// loading zustand.
import { NO_FILTERS, type ScopeFilters } from "../domain/scope";
import type { ColumnFilters } from "../domain/statementTable";

export type ViewId =
  | "matrix"
  | "timeline"
  | "statements"
  | "sources"
  | "deal"
  | "method"
  | "review";

export const VIEW_IDS: readonly ViewId[] = [
  "matrix",
  "timeline",
  "statements",
  "sources",
  "deal",
  "method",
  "review",
];

// What the filters keep (the scope's shape: src/domain/scope.ts).
export type Filters = ScopeFilters;

export const EMPTY_FILTERS: Filters = NO_FILTERS;

export interface SortChoice {
  columnId: string;
  desc: boolean;
}

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
  tableSort: SortChoice[];
  hiddenColumns: string[];
  // The statements table's own text filters, column id → text ("" or absent = none).
  columnFilters: ColumnFilters;
  dealPackage: PackageChoice; // the deal space's package
  // "Code" mode: the editing tools (Add source, Undo, Redo, history, Parties and issues) show.
  isCoding: boolean;
}

// issueId → stanceId of the package's term on that issue; an issue left out has none.
export type PackageChoice = Readonly<Record<string, string>>;

export const EMPTY_PACKAGE: PackageChoice = {};

// The package's term on an issue, read as the package's own: an issue id is the user's, and
// "constructor" or "toString" looked up plainly found Object.prototype's functions.
export function termOf(dealPackage: PackageChoice, issueId: string): string | undefined {
  return Object.hasOwn(dealPackage, issueId) ? dealPackage[issueId] : undefined;
}

// What a user sees before choosing anything: the matrix, unfiltered, at the newest date.
export const DEFAULT_CHOICES: Omit<UrlState, "datasetKey" | "dealPackage"> = {
  view: "matrix",
  filters: EMPTY_FILTERS,
  asOf: null,
  compareFrom: null,
  gapParties: null,
  matrixRowsAre: "issues",
  selectedCell: null,
  tableSort: [],
  hiddenColumns: [],
  columnFilters: {},
  isCoding: false,
};
