// The one store: what the user chose (view, filters, dates, selection). Everything derived
// from it (matrix, series, filtered rows) is computed by selectors, never kept here.
import { create, type StateCreator } from "zustand";
import { type CellRef, EMPTY_FILTERS, type Filters, type UrlState, type ViewId } from "./choices";
import { createEditSlice, type EditSlice } from "./editSlice";
import { createLibrarySlice, type LibrarySlice } from "./librarySlice";

export type { CellRef, Filters, ViewId } from "./choices";
export { EMPTY_FILTERS, VIEW_IDS } from "./choices";

export interface SortChoice {
  columnId: string;
  desc: boolean;
}

export interface Notice {
  id: number;
  text: string;
  tone: "info" | "error";
}

// What the user chose to look at in the dataset shown.
export interface ChoicesSlice extends Omit<UrlState, "datasetKey"> {
  tableSort: SortChoice[];
  hiddenColumns: string[];
  notices: Notice[];
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
  notify(text: string, tone?: "info" | "error"): void;
  dismissNotice(id: number): void;
}

export type ParleyState = ChoicesSlice & LibrarySlice & EditSlice;

// Notice ids only need to be unique within a page load.
let nextNoticeId = 1;

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
  notices: [],
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
  // A notice already on screen is not stacked again (e.g. the same bad link applied twice).
  notify: (text, tone = "info") =>
    set((state) =>
      state.notices.some((notice) => notice.text === text)
        ? state
        : { notices: [...state.notices, { id: nextNoticeId++, text, tone }] },
    ),
  dismissNotice: (id) =>
    set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
});

export const useParleyStore = create<ParleyState>()((...args) => ({
  ...createChoicesSlice(...args),
  ...createLibrarySlice(...args),
  ...createEditSlice(...args),
}));
