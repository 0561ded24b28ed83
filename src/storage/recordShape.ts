// The shapes kept in IndexedDB, and reading a raw record's names and text without the
// validator, so listing the library never loads zod nor parses a dataset.

// One dataset as written: its JSON text, one string. IndexedDB copies a string in one go,
// where 100k statement objects cost 300–400 ms of structured-clone serialisation on the main
// thread. Records written by older Parley hold the dataset object in `dataset` instead.
export interface StoredRecord {
  key: string;
  fileName: string;
  importedAt: string; // ISO timestamp
  json: string;
}

// What the library lists, kept beside each record (store "summaries", same key), so start-up
// reads a few hundred bytes per dataset instead of parsing and validating every one.
export interface StoredSummary {
  key: string;
  fileName: string;
  importedAt: string;
  revision: string; // the write that made the record (see libraryDecisions.ts)
  title: string;
  metaId: string; // meta.id of the dataset: an import with the same id asks replace or keep
  statementCount: number;
  // Why the record cannot be read, once found out; null while it reads.
  damage: string | null;
}

export interface RecordParts {
  key: string;
  fileName: string;
  importedAt: string;
  text: string; // the dataset's JSON text
}

export type RecordRead =
  | { ok: true; value: RecordParts }
  | { ok: false; reason: string; label: string };

// Names a record by its key, for messages.
export function recordLabel(key: unknown): string {
  return typeof key === "string" ? `"${key}"` : "an entry without a name";
}

// Reads a record's names and its dataset's text; no parsing, no validation.
export function readRecordParts(record: unknown): RecordRead {
  if (record === null || typeof record !== "object")
    return { ok: false, reason: "an entry that is not a record", label: "an entry" };
  const { key, fileName, importedAt, json, dataset } = record as Record<string, unknown>;
  const label = recordLabel(key);
  if (typeof key !== "string" || typeof fileName !== "string" || typeof importedAt !== "string")
    return { ok: false, reason: `${label} is missing its name, file name or import time`, label };
  if (typeof json === "string")
    return { ok: true, value: { key, fileName, importedAt, text: json } };
  const text = jsonOrNull(dataset);
  if (text === null)
    return { ok: false, reason: `${label} (${fileName}) holds no dataset Parley can read`, label };
  return { ok: true, value: { key, fileName, importedAt, text } };
}

// The record as text, for "Download raw content": the stored JSON text as it is, else the
// whole record as JSON, else what String makes of it.
export function rawRecordText(record: unknown): string {
  if (record !== null && typeof record === "object") {
    const { json } = record as Record<string, unknown>;
    if (typeof json === "string") return json;
  }
  return jsonOrNull(record) ?? String(record);
}

function jsonOrNull(value: unknown): string | null {
  try {
    return JSON.stringify(value) ?? null;
  } catch {
    // A cycle (structured clone keeps them) or a BigInt.
    return null;
  }
}
