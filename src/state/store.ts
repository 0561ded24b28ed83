// The one store: what the user chose (view, filters, dates, selection). Everything derived
// from it (matrix, series, filtered rows) is computed by selectors, never kept here.
import { create, type StateCreator } from "zustand";
import type { ColumnFilters } from "../domain/statementTable";
import {
  type CellRef,
  DEFAULT_CHOICES,
  EMPTY_FILTERS,
  type Filters,
  type SortChoice,
  type UrlState,
  type ViewId,
} from "./choices";
import { createDealSlice, type DealSlice } from "./dealSlice";
import { createEditSlice, type EditSlice } from "./editSlice";
import { createLibrarySlice, type LibrarySlice } from "./librarySlice";
import { createNoticesSlice, type NoticesSlice } from "./noticesSlice";

export type { CellRef, Filters, SortChoice, ViewId } from "./choices";
export { EMPTY_FILTERS, VIEW_IDS } from "./choices";
export type { Notice } from "./noticesSlice";

// What the user chose to look at in the dataset shown.
export interface ChoicesSlice extends Omit<UrlState, "datasetKey" | "dealPackage"> {
  setView(view: ViewId): void;
  setCoding(isCoding: boolean): void;
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

export type ParleyState = ChoicesSlice & LibrarySlice & NoticesSlice & DealSlice & EditSlice;

const createChoicesSlice: StateCreator<ParleyState, [], [], ChoicesSlice> = (set) => ({
  ...DEFAULT_CHOICES,
  setView: (view) => set({ view }),
  setCoding: (isCoding) => set({ isCoding }),
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
  ...createDealSlice(...args),
  ...createEditSlice(...args),
}));
