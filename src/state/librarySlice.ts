// The part of the store about which dataset is shown and which ones this browser keeps.
// Plain state and setters only: the work (reading files, IndexedDB) is in datasetActions.ts,
// which loads its heavy parts on demand.
import type { StateCreator } from "zustand";
import { DEFAULT_DATASET_KEY, defaultDataset } from "../data/defaultDataset";
import type { Dataset } from "../domain/schema";
import type { Problem } from "../domain/validate";

export interface LibraryEntry {
  key: string; // the name the URL uses (`?dataset=<key>`)
  fileName: string;
  importedAt: string; // ISO timestamp
  dataset: Dataset;
  isKept: boolean; // false when the browser's storage refused it: shown for this session only
}

export interface ImportFailure {
  fileName: string;
  message: string;
  problems: Problem[];
}

export interface LibrarySlice {
  dataset: Dataset;
  datasetKey: string;
  library: LibraryEntry[]; // imported datasets, oldest first
  // "loading" until the stored datasets have been read, so a link naming one waits for it.
  libraryStatus: "loading" | "ready";
  // A link names this dataset and the library is still loading: the views wait for it.
  pendingDatasetKey: string | null;
  // What an import is doing (isBusy) or how the last one ended; null before any.
  importStatus: { text: string; isBusy: boolean } | null;
  importFailure: ImportFailure | null;
  dismissImportFailure(): void;
}

export const createLibrarySlice: StateCreator<LibrarySlice> = (set) => ({
  dataset: defaultDataset,
  datasetKey: DEFAULT_DATASET_KEY,
  library: [],
  libraryStatus: "loading",
  pendingDatasetKey: null,
  importStatus: null,
  importFailure: null,
  dismissImportFailure: () => set({ importFailure: null }),
});
