// Edits of a kept dataset, written as one record in one IndexedDB transaction: the dataset's
// JSON, its change history and a revision number. The transaction reads the stored revision
// first and writes only if it is the one this tab last saw, so a second tab's edit is never
// overwritten without a word (the write is refused and the tab shows the latest version).
import {
  describeStorageError,
  openDb,
  STORE,
  StorageError,
  type StoredRecord,
} from "./datasetLibrary";

export interface RevisionRecord extends StoredRecord {
  revision: number; // 1 after the first edit; a record never edited counts as 0
  editHistory: string; // JSON of the change history (domain/edit/editHistory.ts)
}

export class RevisionConflict extends StorageError {}

function revisionOf(record: unknown): number {
  const revision = (record as { revision?: unknown }).revision;
  return typeof revision === "number" ? revision : 0;
}

// Writes `record` if the stored revision is `expected` (null: no record may exist yet).
export async function saveRevision(record: RevisionRecord, expected: number | null): Promise<void> {
  const db = await openDb();
  try {
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction(STORE, "readwrite");
      const store = transaction.objectStore(STORE);
      let failure: StorageError | null = null;
      const read = store.get(record.key);
      read.onsuccess = () => {
        const current = read.result === undefined ? null : revisionOf(read.result);
        if (current !== expected) {
          failure = new RevisionConflict("This dataset was changed in another tab.");
          transaction.abort();
          return;
        }
        try {
          store.put(record);
        } catch (error) {
          failure = describeStorageError(error instanceof DOMException ? error : null);
          transaction.abort();
        }
      };
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(failure ?? describeStorageError(transaction.error));
      transaction.onabort = () => reject(failure ?? describeStorageError(transaction.error));
    });
  } finally {
    db.close();
  }
}

export interface StoredRevision {
  revision: number;
  editHistory: string | null;
  record: unknown; // the raw record, for readStoredRecord
}

export async function readRevision(key: string): Promise<StoredRevision | null> {
  const db = await openDb();
  try {
    const record = await new Promise<unknown>((resolve, reject) => {
      const request = db.transaction(STORE, "readonly").objectStore(STORE).get(key);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(describeStorageError(request.error));
    });
    if (record === undefined || record === null) return null;
    const editHistory = (record as { editHistory?: unknown }).editHistory;
    return {
      revision: revisionOf(record),
      editHistory: typeof editHistory === "string" ? editHistory : null,
      record,
    };
  } finally {
    db.close();
  }
}
