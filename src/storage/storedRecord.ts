// Checks a dataset read back from the browser's storage with the same validator as an import:
// storage can be edited by hand, cut short, or written by an older Parley. Loaded only when a
// stored dataset is opened, so the first view never downloads the validator.
import type { Dataset } from "../domain/schema";
import { parseDataset } from "../domain/validate";
import { readRecordParts, recordLabel } from "./recordShape";

export interface StoredDataset {
  key: string;
  fileName: string;
  importedAt: string;
  dataset: Dataset;
}

export type StoredDatasetRead = { ok: true; value: StoredDataset } | { ok: false; reason: string };

// Checks one raw stored record; returns the entry or why it cannot be used. Never throws:
// a hostile record (deep nesting, a huge array) that makes the validator throw is one
// unreadable record, not a failed library.
export function readStoredRecord(record: unknown): StoredDatasetRead {
  const parts = readRecordParts(record);
  if (!parts.ok) return { ok: false, reason: parts.reason };
  const { key, fileName, importedAt, text } = parts.value;
  const checked = validateDatasetText(text, `${recordLabel(key)} (${fileName})`);
  return checked.ok
    ? { ok: true, value: { key, fileName, importedAt, dataset: checked.value } }
    : checked;
}

export type DatasetTextRead = { ok: true; value: Dataset } | { ok: false; reason: string };

// Parses and validates a dataset's JSON text; `label` names it in the reason.
export function validateDatasetText(text: string, label: string): DatasetTextRead {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return { ok: false, reason: `${label} is not readable JSON any more (cut short or damaged)` };
  }
  try {
    const parsed = parseDataset(input);
    if (parsed.ok) return { ok: true, value: parsed.dataset };
    return {
      ok: false,
      reason: `${label} no longer validates: ${parsed.problems.length} problem(s)`,
    };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `${label} could not be checked (${why})` };
  }
}
