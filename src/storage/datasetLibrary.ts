// Imported datasets kept in the browser's IndexedDB, so they survive a reload.
// A stored entry that cannot be read back is skipped and reported, never deleted: the user may
// still want it, and nothing is lost by leaving it.
// The validator (and zod with it) loads only when there are stored entries to check, so a
// visitor with no imports never downloads it.
import type { Dataset } from "../domain/schema";

const DB_NAME = "parley";
export const STORE = "datasets";

export interface StoredDataset {
  key: string; // the id the URL uses for this dataset
  fileName: string;
  importedAt: string; // ISO timestamp
  dataset: Dataset;
}

// What is written per import. The dataset is kept as its JSON text, one string: IndexedDB
// copies a string in one go, where 100k statement objects cost 300–400 ms of structured-clone
// serialisation on the main thread. Entries written before this hold the dataset object in
// `dataset` instead; readStoredRecord reads both.
export interface StoredRecord {
  key: string;
  fileName: string;
  importedAt: string;
  json: string;
}

export interface LibraryListing {
  entries: StoredDataset[];
  skipped: string[]; // one readable line per entry that could not be read
}

export class StorageError extends Error {}

// Exported for datasetRevisions.ts, which writes edits in the same database.
export function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === "undefined") {
      reject(new StorageError("This browser offers no IndexedDB, so imports cannot be kept."));
      return;
    }
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE))
        request.result.createObjectStore(STORE, { keyPath: "key" });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () =>
      reject(
        new StorageError(`The browser's storage could not be opened (${request.error?.message}).`),
      );
    request.onblocked = () => reject(new StorageError("Storage is blocked by another Parley tab."));
  });
}

export function describeStorageError(error: DOMException | null): StorageError {
  if (error?.name === "QuotaExceededError")
    return new StorageError(
      "The browser's storage is full: the dataset was not kept. Remove an imported dataset or free space, then import again.",
    );
  return new StorageError(
    `The browser's storage refused the change (${error?.message ?? "unknown error"}).`,
  );
}

async function withStore<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      // put() throws at once when a value cannot be stored (e.g. quota checks in some browsers).
      let request: IDBRequest<T>;
      try {
        request = work(transaction.objectStore(STORE));
      } catch (error) {
        reject(describeStorageError(error instanceof DOMException ? error : null));
        return;
      }
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(describeStorageError(transaction.error));
      transaction.onabort = () => reject(describeStorageError(transaction.error));
    });
  } finally {
    db.close();
  }
}

export async function listStoredDatasets(): Promise<LibraryListing> {
  const records = await withStore<unknown[]>("readonly", (store) => store.getAll());
  if (records.length === 0) return { entries: [], skipped: [] };
  const { readStoredRecord } = await import("./storedRecord");
  const entries: StoredDataset[] = [];
  const skipped: string[] = [];
  for (const record of records) {
    const read = readStoredRecord(record);
    if (typeof read === "string") skipped.push(read);
    else entries.push(read);
  }
  entries.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
  return { entries, skipped };
}

// Picks a storage key for a new import that collides with no dataset already known.
export function freeKey(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted)) return wanted;
  let n = 2;
  while (taken.has(`${wanted}-${n}`)) n++;
  return `${wanted}-${n}`;
}

export async function saveDataset(record: StoredRecord): Promise<void> {
  await withStore("readwrite", (store) => store.put(record));
}

export async function removeDataset(key: string): Promise<void> {
  await withStore("readwrite", (store) => store.delete(key));
}
