// Imported datasets kept in the browser's IndexedDB, so they survive a reload. Three stores:
// "datasets" holds each dataset's JSON text, "summaries" what the list shows (title, counts,
// import date) beside it, so start-up lists the library without reading any dataset, and
// "histories" each dataset's change history, written in the transaction of the revision it
// belongs to, so a dataset and its history never disagree.
// Every write decides its key, or whether it may replace or delete, inside the transaction
// that writes (libraryDecisions.ts), and resolves only once that transaction has committed:
// two tabs never pick the same key, and nothing is reported kept that a reload could lose.
// A record that cannot be read is never deleted or replaced unless the user asks to delete it.

import type { EditHistory } from "../domain/edit/editHistory";
import { MAX_HISTORY_ENTRIES } from "../domain/edit/editHistory";
import { decideWrite, newRevision, type StoredRefs, type WriteIntent } from "./libraryDecisions";
import type { StoredRecord, StoredSummary } from "./recordShape";
import { type HistoryRead, readStoredHistory, type StoredHistory } from "./storedHistory";

const DB_NAME = "parley";
const DB_VERSION = 3; // 1: "datasets" only; 2: "summaries" beside it; 3: "histories"
const DATASETS = "datasets";
const SUMMARIES = "summaries";
const HISTORIES = "histories";
const STORES = [DATASETS, SUMMARIES, HISTORIES];

// `isFull`: the browser refused for want of space, so a caller can say what to do about it.
export class StorageError extends Error {
  readonly isFull: boolean;
  constructor(message: string, isFull = false) {
    super(message);
    this.isFull = isFull;
  }
}

// One connection per page, opened on first use: opening IndexedDB costs more than most of
// the reads and writes done over it. Closed (and opened again when next needed) when a newer
// Parley in another tab upgrades the database, or when the site data is being cleared.
let connection: Promise<IDBDatabase> | null = null;

function openDb(): Promise<IDBDatabase> {
  connection ??= openConnection().catch((error: unknown) => {
    connection = null;
    throw error;
  });
  return connection;
}

function openConnection(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === "undefined") {
      reject(new StorageError("This browser offers no IndexedDB, so imports cannot be kept."));
      return;
    }
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(DATASETS))
        db.createObjectStore(DATASETS, { keyPath: "key" });
      if (!db.objectStoreNames.contains(SUMMARIES))
        db.createObjectStore(SUMMARIES, { keyPath: "key" });
      if (!db.objectStoreNames.contains(HISTORIES))
        db.createObjectStore(HISTORIES, { keyPath: "key" });
    };
    request.onsuccess = () => {
      const db = request.result;
      const forget = () => {
        db.close();
        connection = null;
      };
      db.onversionchange = forget;
      db.onclose = forget;
      resolve(db);
    };
    request.onerror = () =>
      reject(
        new StorageError(`The browser's storage could not be opened (${request.error?.message}).`),
      );
    // An older Parley in another tab holds the database at its previous version and does not
    // let go: say which tab to close rather than wait on it.
    request.onblocked = () =>
      reject(
        new StorageError(
          "Storage is held by another Parley tab running an older version: reload or close the other Parley tabs, then try again.",
        ),
      );
  });
}

// `hasImports`: whether any imported dataset is stored, so the advice fits.
export function describeStorageError(error: unknown, hasImports: boolean): StorageError {
  if (error instanceof StorageError) return error;
  const dom = error instanceof DOMException ? error : null;
  if (dom?.name === "QuotaExceededError")
    return new StorageError(
      hasImports
        ? "The browser's storage is full: the dataset was not kept. Remove an imported dataset or free space, then import again."
        : "The browser's storage is full: the dataset was not kept. Free space in this browser (its site data settings), then import again.",
      true,
    );
  return new StorageError(
    `The browser's storage refused the change (${dom?.message ?? (error instanceof Error ? error.message : "unknown error")}).`,
  );
}

function resultOf<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

// A transaction over every store; a connection the browser closed meanwhile is opened again.
async function openTransaction(mode: IDBTransactionMode): Promise<IDBTransaction> {
  try {
    return (await openDb()).transaction(STORES, mode);
  } catch {
    connection = null;
    return (await openDb()).transaction(STORES, mode);
  }
}

// Runs `work` in one transaction over every store; resolves with its value once committed.
async function inTransaction<T>(
  mode: IDBTransactionMode,
  work: (
    datasets: IDBObjectStore,
    summaries: IDBObjectStore,
    histories: IDBObjectStore,
  ) => Promise<T>,
  hasImports: () => boolean = () => true,
): Promise<T> {
  const transaction = await openTransaction(mode);
  const done = committed(transaction);
  let value: T;
  try {
    value = await work(
      transaction.objectStore(DATASETS),
      transaction.objectStore(SUMMARIES),
      transaction.objectStore(HISTORIES),
    );
  } catch (error) {
    // put() throws at once when a value cannot be stored (quota checks in some browsers).
    if (transaction.error === null) transaction.abort();
    done.catch(() => undefined);
    throw describeStorageError(error, hasImports());
  }
  await done.catch((error) => {
    throw describeStorageError(error, hasImports());
  });
  return value;
}

export interface LibraryListing {
  summaries: StoredSummary[];
  // Records with no summary yet (written by older Parley, or by hand): read them once.
  unsummarised: IDBValidKey[];
}

// Lists the library from the summaries alone; oldest import first.
export async function readListing(): Promise<LibraryListing> {
  return inTransaction("readonly", async (datasets, summaries) => {
    const [keys, stored] = await Promise.all([
      resultOf(datasets.getAllKeys()),
      resultOf(summaries.getAll() as IDBRequest<StoredSummary[]>),
    ]);
    const summarised = new Map(stored.map((summary) => [summary.key, summary]));
    const present = new Set(keys);
    return {
      // A summary whose dataset is gone lists nothing: there is nothing left to open.
      summaries: stored
        .filter((summary) => present.has(summary.key))
        .sort((a, b) => a.importedAt.localeCompare(b.importedAt)),
      unsummarised: keys.filter((key) => !summarised.has(key as string)),
    };
  });
}

// The raw record kept under `key`, as stored (not checked), or undefined.
export async function readRecord(key: IDBValidKey): Promise<unknown> {
  return inTransaction("readonly", (datasets) => resultOf(datasets.get(key)));
}

export interface RecordWithHistory {
  record: unknown;
  // The revision its summary names (null if it has none) and its change history, read in the
  // same transaction, so the history is judged against the dataset read with it.
  revision: string | null;
  history: HistoryRead;
}

// The raw record kept under `key` with its change history; never throws on a damaged history.
export async function readRecordWithHistory(key: IDBValidKey): Promise<RecordWithHistory> {
  return inTransaction("readonly", async (datasets, summaries, histories) => {
    const [record, summary, history] = await Promise.all([
      resultOf(datasets.get(key)),
      resultOf(summaries.get(key) as IDBRequest<StoredSummary | undefined>),
      resultOf(histories.get(key)),
    ]);
    return {
      record,
      revision: summary?.revision ?? null,
      history: readStoredHistory(history, MAX_HISTORY_ENTRIES),
    };
  });
}

// Every stored record with its summary, for "Export library". Change histories are left out:
// a restored dataset starts a history of its own.
export async function readAllRecords(): Promise<{ record: unknown; summary?: StoredSummary }[]> {
  return inTransaction("readonly", async (datasets, summaries) => {
    const [records, stored] = await Promise.all([
      resultOf(datasets.getAll()),
      resultOf(summaries.getAll() as IDBRequest<StoredSummary[]>),
    ]);
    const byKey = new Map(stored.map((summary) => [summary.key, summary]));
    return records.map((record) => ({
      record,
      summary: byKey.get((record as { key?: string } | null)?.key ?? ""),
    }));
  });
}

// Writes the summary of a record that had none, unless another tab wrote one first.
export async function saveFirstSummary(summary: StoredSummary): Promise<void> {
  await inTransaction("readwrite", async (datasets, summaries) => {
    const [record, existing] = await Promise.all([
      resultOf(datasets.getKey(summary.key)),
      resultOf(summaries.getKey(summary.key)),
    ]);
    if (record !== undefined && existing === undefined) summaries.put(summary);
  });
}

// Marks a record unreadable (found on opening it), unless it changed meanwhile.
export async function markDamaged(key: string, revision: string, damage: string): Promise<void> {
  await inTransaction("readwrite", async (_datasets, summaries) => {
    const summary = (await resultOf(summaries.get(key))) as StoredSummary | undefined;
    if (summary?.revision === revision) summaries.put({ ...summary, damage });
  });
}

export interface DatasetToWrite {
  fileName: string;
  importedAt: string;
  json: string;
  title: string;
  metaId: string;
  statementCount: number;
  // A record that is kept although it does not read (restoring a backup loses nothing).
  damage?: string | null;
}

export type WriteOutcome =
  | { ok: true; key: string; revision: string }
  | { ok: false; reason: "changed" | "gone" | "unreadable" };

// Writes one dataset as `intent` says (add, replace, revise): key and permission decided
// inside the transaction. With `history`, its change history is written beside it, naming the
// new revision; without, a new dataset starts with none, and a replaced one keeps the old
// history, which then names an older revision and is shown as no longer fitting.
// Resolves after the commit; throws StorageError if refused.
export async function writeDataset(
  intent: Exclude<WriteIntent, { kind: "remove" }>,
  dataset: DatasetToWrite,
  reservedKeys: ReadonlySet<string>,
  history?: EditHistory,
): Promise<WriteOutcome> {
  let storedCount = 0;
  return inTransaction(
    "readwrite",
    async (datasets, summaries, histories) => {
      const refs = await readRefs(datasets, summaries);
      storedCount = refs.size;
      const decision = decideWrite(refs, intent, reservedKeys);
      if (!decision.ok) return decision;
      const revision = newRevision();
      const { json, damage = null, ...facts } = dataset;
      const record: StoredRecord = {
        key: decision.key,
        fileName: facts.fileName,
        importedAt: facts.importedAt,
        json,
      };
      datasets.put(record);
      summaries.put({ ...facts, key: decision.key, revision, damage } satisfies StoredSummary);
      if (history)
        histories.put({ key: decision.key, revision, ...history } satisfies StoredHistory);
      else if (intent.kind === "add") histories.delete(decision.key);
      return { ok: true as const, key: decision.key, revision };
    },
    () => storedCount > 0 || intent.kind !== "add",
  );
}

// Deletes the record the user saw, with its change history (`expectedRevision`, null for one never summarised).
export async function deleteDataset(
  key: IDBValidKey,
  expectedRevision: string | null,
): Promise<WriteOutcome> {
  return inTransaction("readwrite", async (datasets, summaries, histories) => {
    const refs = await readRefs(datasets, summaries);
    const decision = decideWrite(
      refs,
      { kind: "remove", key: String(key), expectedRevision },
      new Set(),
    );
    if (!decision.ok) return decision;
    datasets.delete(key);
    summaries.delete(key);
    histories.delete(key);
    return { ok: true as const, key: String(key), revision: expectedRevision ?? "" };
  });
}

async function readRefs(datasets: IDBObjectStore, summaries: IDBObjectStore): Promise<StoredRefs> {
  const [keys, stored] = await Promise.all([
    resultOf(datasets.getAllKeys()),
    resultOf(summaries.getAll() as IDBRequest<StoredSummary[]>),
  ]);
  const summarised = new Map(stored.map((summary) => [summary.key, summary]));
  return new Map(
    keys.map((key) => {
      const summary = summarised.get(key as string);
      return [
        String(key),
        {
          revision: summary?.revision ?? null,
          isReadable: summary ? summary.damage === null : false,
        },
      ];
    }),
  );
}
