// The part of the store about which dataset is shown and which ones this browser keeps.
// Plain state and setters only: the work (reading files, IndexedDB) is in datasetActions.ts,
// which loads its heavy parts on demand.
// The shown dataset is a choice (`datasetKey`); the dataset itself is derived from it
// (selectDataset), read from `openedDatasets`, the datasets this page has read into memory.
import type { StateCreator } from "zustand";
import { DEFAULT_DATASET_KEY, getDefaultDataset } from "../data/defaultDataset";
import type { PublishedEntry } from "../domain/catalog";
import type { QuotesNotInText } from "../domain/edit/quotesNotInText";
import type { Dataset } from "../domain/schema";
import type { Problem } from "../domain/validate";

export interface LibraryEntry {
  key: string; // the name the URL uses (`?dataset=<key>`)
  fileName: string;
  importedAt: string; // ISO timestamp
  title: string;
  statementCount: number;
  metaId: string;
  // kept: stored in this browser, at `revision`; session: the storage refused it, shown for
  // this page only; removed-elsewhere: another tab removed it while this one shows it.
  status: "kept" | "session" | "removed-elsewhere";
  revision: string | null;
}

// A stored record that could not be read: listed so it can be downloaded or deleted.
export interface DamagedEntry {
  storageKey: IDBValidKey; // as stored; a record edited by hand may have a non-string key
  label: string; // its key and file name, for people
  reason: string;
  revision: string | null; // of its summary; null if it never had one
}

export interface ImportFailure {
  fileName: string;
  message: string;
  problems: Problem[];
}

// The quotes of an opened file that its sources' texts do not hold: a warning, the file is kept.
export interface ImportQuoteReport {
  fileName: string;
  report: QuotesNotInText;
}

// "A dataset with this id is already kept: replace it or keep both?"
export interface ImportQuestion {
  fileName: string;
  title: string;
  existing: LibraryEntry;
}

export type ImportAnswer = "replace" | "keep-both" | "cancel";

export interface LibrarySlice {
  datasetKey: string;
  library: LibraryEntry[]; // imported datasets, oldest first
  damaged: DamagedEntry[];
  openedDatasets: ReadonlyMap<string, Dataset>;
  // The datasets published with the site (public/data/catalog.json), built-in first; empty
  // until the catalog is read, and when the site publishes none.
  published: readonly PublishedEntry[];
  // "loading" until the stored datasets have been listed, so a link naming one waits for it.
  libraryStatus: "loading" | "ready";
  // A link names this dataset and it is still being read: the views wait for it.
  pendingDatasetKey: string | null;
  // A link named a dataset this browser lacks: its whole query, kept until that dataset is
  // opened (by its key or its meta.id), then applied, so the shared view appears.
  waitingLink: { datasetKey: string; search: string } | null;
  // What an import is doing (isBusy) or how the last one ended; null before any.
  importStatus: { text: string; isBusy: boolean } | null;
  importFailure: ImportFailure | null;
  importQuoteReport: ImportQuoteReport | null;
  importQuestion: ImportQuestion | null;
  dismissImportFailure(): void;
  dismissImportQuoteReport(): void;
}

export const createLibrarySlice: StateCreator<LibrarySlice> = (set) => ({
  datasetKey: DEFAULT_DATASET_KEY,
  library: [],
  damaged: [],
  openedDatasets: new Map(),
  published: [],
  libraryStatus: "loading",
  pendingDatasetKey: null,
  waitingLink: null,
  importStatus: null,
  importFailure: null,
  importQuoteReport: null,
  importQuestion: null,
  dismissImportFailure: () => set({ importFailure: null }),
  dismissImportQuoteReport: () => set({ importQuoteReport: null }),
});

// The dataset shown. The actions set `datasetKey` only to a key whose dataset is opened, so
// the fallback to the default is never reached in practice; it keeps a view from ever
// receiving nothing.
export function selectDataset(state: Pick<LibrarySlice, "datasetKey" | "openedDatasets">): Dataset {
  if (state.datasetKey === DEFAULT_DATASET_KEY) return getDefaultDataset();
  return state.openedDatasets.get(state.datasetKey) ?? getDefaultDataset();
}

// The library entry of the dataset shown, or undefined for the built-in one.
export function selectShownEntry(
  state: Pick<LibrarySlice, "datasetKey" | "library">,
): LibraryEntry | undefined {
  return state.library.find((entry) => entry.key === state.datasetKey);
}
