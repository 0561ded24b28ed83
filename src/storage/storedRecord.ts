// Checks a dataset read back from the browser's storage with the same validator as an import:
// storage can be edited by hand, cut short, or written by an older Parley. Loaded only when a
// stored dataset is opened, so the first view never downloads the validator.
import { type Failure, type Problem, reasonOf, type Success, succeed } from "../domain/result";
import type { Dataset } from "../domain/schema";
import { parseDataset } from "../domain/validate";
import { readRecordParts, recordLabel } from "./recordShape";

export interface StoredDataset {
  key: string;
  fileName: string;
  importedAt: string;
  dataset: Dataset;
}

// The project's one result shape; a refusal always says why in `message` (one sentence
// naming the record), with the validator's problems when there are any.
export type StoredFailure = Failure & { message: string };
export type StoredDatasetRead = Success<StoredDataset> | StoredFailure;
export type DatasetTextRead = Success<Dataset> | StoredFailure;

export function storedFailure(message: string, problems: Problem[] = []): StoredFailure {
  return { ok: false, problems, message };
}

// Checks one raw stored record; returns the entry or why it cannot be used. Never throws:
// a hostile record (deep nesting, a huge array) that makes the validator throw is one
// unreadable record, not a failed library.
export function readStoredRecord(record: unknown): StoredDatasetRead {
  const parts = readRecordParts(record);
  if (!parts.ok) return storedFailure(parts.reason);
  const { key, fileName, importedAt, text } = parts.value;
  const checked = validateDatasetText(text, `${recordLabel(key)} (${fileName})`);
  return checked.ok
    ? succeed({ key, fileName, importedAt, dataset: checked.value }, checked.warnings)
    : checked;
}

// Parses and validates a dataset's JSON text; `label` names it in the reason.
export function validateDatasetText(text: string, label: string): DatasetTextRead {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return storedFailure(`${label} is not readable JSON any more (cut short or damaged)`);
  }
  try {
    const parsed = parseDataset(input);
    if (parsed.ok) return succeed(parsed.value, parsed.warnings);
    const count = parsed.problemCount ?? parsed.problems.length;
    return storedFailure(`${label} no longer validates: ${count} problem(s)`, parsed.problems);
  } catch (error) {
    const why = reasonOf(error);
    return storedFailure(`${label} could not be checked (${why})`);
  }
}
