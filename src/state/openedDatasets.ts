// Which datasets this page can show without reading storage, and which kept ones it may still
// read. Kept apart from datasetActions.ts, the work of reading and switching, so the first view
// (and the URL sync that runs in it) can ask without loading that work.
import { DEFAULT_DATASET_KEY, getDefaultDataset } from "../data/defaultDataset";
import { findPublished, publishedKey, readPublishedKey } from "../domain/catalog";
import type { Dataset } from "../domain/schema";
import { useParleyStore } from "./store";

// Returns the dataset known by `key` and already read into this page, or null.
export function datasetFor(key: string): Dataset | null {
  if (key === DEFAULT_DATASET_KEY) return getDefaultDataset();
  return useParleyStore.getState().openedDatasets.get(key) ?? null;
}

// Keys whose stored record could not be read this session: not tried again until a reload.
const unopenable = new Set<string>();

export function markUnopenable(key: string): void {
  unopenable.add(key);
}

export function isUnopenable(key: string): boolean {
  return unopenable.has(key);
}

// Whether `key` names a listed dataset this page can still read from storage, or a dataset
// the site publishes (fetched from its data/ folder).
export function canOpen(key: string): boolean {
  if (datasetFor(key) !== null) return true;
  if (unopenable.has(key)) return false;
  const { library, published } = useParleyStore.getState();
  const named = readPublishedKey(key);
  if (named) return findPublished(published, named.id, named.version)?.file != null;
  return library.some((entry) => entry.key === key);
}

// The key a link's dataset id opens when no dataset kept in this browser has it: the first
// version the site publishes of that id; null when it publishes none.
export function publishedKeyFor(id: string): string | null {
  const entry = findPublished(useParleyStore.getState().published, id, null);
  return entry && entry.file !== null ? publishedKey(entry.id, entry.version) : null;
}
