// Checks a dataset read back from the browser's storage with the same validator as an import:
// storage can be edited by hand, cut short, or written by an older Parley.
import { parseDataset } from "../domain/validate";
import type { StoredDataset } from "./datasetLibrary";

// Checks one raw stored record; returns the entry or why it cannot be used. The dataset is
// its JSON text (`json`), or, in entries written by older Parley, the object (`dataset`).
export function readStoredRecord(record: unknown): StoredDataset | string {
  if (record === null || typeof record !== "object") return "an entry that is not a record";
  const { key, fileName, importedAt, json, dataset } = record as Record<string, unknown>;
  const label = typeof key === "string" ? `"${key}"` : "an entry without a name";
  if (typeof key !== "string" || typeof fileName !== "string" || typeof importedAt !== "string")
    return `${label} is missing its name, file name or import time`;
  let stored = dataset;
  if (typeof json === "string") {
    try {
      stored = JSON.parse(json);
    } catch {
      return `${label} (${fileName}) is not readable JSON any more (cut short or damaged)`;
    }
  }
  const parsed = parseDataset(stored);
  if (!parsed.ok)
    return `${label} (${fileName}) no longer validates: ${parsed.problems.length} problem(s)`;
  return { key, fileName, importedAt, dataset: parsed.value };
}
