// A dataset's change history as kept in IndexedDB (store "histories", keyed like the dataset),
// and reading one back. The history is written in the same transaction as the dataset revision
// it belongs to and names that revision, so a history that does not fit the stored dataset
// (replaced by an import, or restored from a backup) is recognised rather than undone onto it.
// Storage can be edited by hand or cut short: a record that does not read is reported, never
// thrown, and the dataset opens without it.
import type { Change } from "../domain/edit/changes";
import {
  type EditHistory,
  type HistoryEntry,
  MAX_HISTORY_LABEL_CHARS,
} from "../domain/edit/editHistory";
import { DATASET_LIMITS } from "../domain/limits";

export interface StoredHistory {
  key: string;
  revision: string; // the dataset revision written in the same transaction
  position: number;
  entries: HistoryEntry[];
}

export type HistoryRead =
  | { kind: "none" }
  | { kind: "read"; history: EditHistory; revision: string }
  | { kind: "damaged"; reason: string };

const OPS = new Set(["add", "replace", "remove", "insert"]);
const COLLECTIONS = new Set(["parties", "issues", "sources", "statements"]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// The shape undo and redo rely on (which op, on which list, which id); whether the items make
// a valid dataset is for the validator, which checks every step before it is saved.
function isItemChange(value: unknown): boolean {
  if (!isRecord(value) || !OPS.has(value.op as string)) return false;
  if (!COLLECTIONS.has(value.collection as string)) return false;
  if (value.op === "remove") return typeof value.id === "string";
  if (!isRecord(value.item) || typeof value.item.id !== "string") return false;
  return value.op !== "insert" || (Number.isInteger(value.index) && (value.index as number) >= 0);
}

// One item change, or a batch of them (a source's text with its quotes' new places).
function isChange(value: unknown): value is Change {
  // A batch changes one source and its statements: never more items than a dataset holds.
  if (isRecord(value) && value.op === "batch")
    return (
      Array.isArray(value.changes) &&
      value.changes.length <= DATASET_LIMITS.statements + 1 &&
      value.changes.every(isItemChange)
    );
  return isItemChange(value);
}

// A timestamp the history dialog can format: Intl throws on an invalid date.
function isTimestamp(value: unknown): value is string {
  return typeof value === "string" && !Number.isNaN(Date.parse(value));
}

function isEntry(value: unknown): value is HistoryEntry {
  return (
    isRecord(value) &&
    typeof value.label === "string" &&
    isTimestamp(value.at) &&
    isChange(value.change) &&
    isChange(value.inverse)
  );
}

// Reads a raw stored history (undefined when there is none); never throws.
export function readStoredHistory(raw: unknown, maxEntries: number): HistoryRead {
  if (raw === undefined) return { kind: "none" };
  const damaged = (why: string): HistoryRead => ({ kind: "damaged", reason: why });
  if (!isRecord(raw)) return damaged("it is not a record");
  const { revision, position, entries } = raw;
  if (typeof revision !== "string") return damaged("it names no dataset version");
  if (!Array.isArray(entries)) return damaged("it holds no list of changes");
  // More than Parley ever keeps: written by hand, and too big to trust.
  if (entries.length > maxEntries) return damaged(`it holds more than ${maxEntries} changes`);
  const long = entries.findIndex(
    (entry) =>
      isRecord(entry) &&
      typeof entry.label === "string" &&
      entry.label.length > MAX_HISTORY_LABEL_CHARS,
  );
  if (long >= 0)
    return damaged(
      `change ${long + 1} has a label over ${MAX_HISTORY_LABEL_CHARS.toLocaleString("en-GB")} characters`,
    );
  const bad = entries.findIndex((entry) => !isEntry(entry));
  if (bad >= 0) return damaged(`change ${bad + 1} of ${entries.length} cannot be read`);
  if (
    !Number.isInteger(position) ||
    (position as number) < 0 ||
    (position as number) > entries.length
  )
    return damaged("its place among the changes is not one of them");
  return {
    kind: "read",
    history: { entries: entries as HistoryEntry[], position: position as number },
    revision,
  };
}
