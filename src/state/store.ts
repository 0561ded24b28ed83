// The one store: what the user chose (view, filters, dates, selection). Everything derived
// from it (matrix, series, filtered rows) is computed by selectors, never kept here.
import { create, type StateCreator } from "zustand";
import { NO_FILTERS, type ScopeFilters } from "../domain/scope";
import type { ColumnFilters } from "../domain/statementTable";
import { createLibrarySlice, type LibrarySlice } from "./librarySlice";
import { createNoticesSlice, type NoticesSlice } from "./noticesSlice";

export type { Notice } from "./noticesSlice";

export type ViewId = "matrix" | "timeline" | "statements" | "sources" | "method";

export const VIEW_IDS: readonly ViewId[] = [
  "matrix",
  "timeline",
  "statements",
  "sources",
  "method",
];

// What the filters keep (the scope's shape: src/domain/scope.ts).
export type Filters = ScopeFilters;

export interface SortChoice {
  columnId: string;
  desc: boolean;
}

export interface CellRef {
  issueId: string;
  partyId: string;
}

// What the user chose to look at in the dataset shown.
export interface ChoicesSlice {
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
  setView(view: ViewId): void;
  setFilters(patch: Partial<Filters>): void;
  resetFilters(): void;
  setAsOf(date: string | null): void;
  setCompareFrom(date: string | null): void;
  setGapParties(pair: [string, string] | null): void;
  swapMatrixAxes(): void;
  openCell(cell: CellRef): void;
  closeCell(): void;
  setTableSort(sort: SortChoice[]): void;
  setHiddenColumns(ids: string[]): void;
  setColumnFilters(filters: ColumnFilters): void;
}

export type ParleyState = ChoicesSlice & LibrarySlice & NoticesSlice;

export const EMPTY_FILTERS: Filters = NO_FILTERS;

const createChoicesSlice: StateCreator<ParleyState, [], [], ChoicesSlice> = (set) => ({
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
  setView: (view) => set({ view }),
  setFilters: (patch) => set((state) => ({ filters: { ...state.filters, ...patch } })),
  resetFilters: () => set({ filters: EMPTY_FILTERS }),
  setAsOf: (asOf) => set({ asOf }),
  setCompareFrom: (compareFrom) => set({ compareFrom }),
  setGapParties: (gapParties) => set({ gapParties }),
  swapMatrixAxes: () =>
    set((state) => ({ matrixRowsAre: state.matrixRowsAre === "issues" ? "parties" : "issues" })),
  openCell: (selectedCell) => set({ selectedCell }),
  closeCell: () => set({ selectedCell: null }),
  setTableSort: (tableSort) => set({ tableSort }),
  setHiddenColumns: (hiddenColumns) => set({ hiddenColumns }),
  setColumnFilters: (columnFilters) => set({ columnFilters }),
});

export const useParleyStore = create<ParleyState>()((...args) => ({
  ...createChoicesSlice(...args),
  ...createLibrarySlice(...args),
  ...createNoticesSlice(...args),
}));
