// The change history of one dataset as plain data: every change with its inverse, what it did
// and when. Undo steps back, redo forward; "revert to this point" steps back to any entry, and
// what it stepped over stays there to redo until a new change is made.
import type { Dataset } from "../schema";
import { applyChange, type Change } from "./changes";

export interface HistoryEntry {
  label: string; // "Added statement r13"
  at: string; // ISO timestamp
  change: Change;
  inverse: Change;
}

export interface EditHistory {
  entries: HistoryEntry[];
  position: number; // entries before it are applied; after it, undone (redo)
}

export const EMPTY_HISTORY: EditHistory = { entries: [], position: 0 };

// How many changes a history keeps, the oldest dropped first. The history is stored with its
// dataset and the whole record is written again on every save, and each entry holds its item
// twice (change and inverse): about 2 KB for a statement, but a source carries its article's
// text, often 20-50 KB a side. 200 is a long day of coding (an article gives 10-30 statements)
// and keeps a history of statements under half a megabyte per save.
export const MAX_HISTORY_ENTRIES = 200;

// The longest label a history entry may carry. Parley's own name a change in under 400
// characters (names are at most 120); a stored history is read against this limit, because
// 40 hand-made labels of a million characters froze the Change history dialog for 8.9 s.
export const MAX_HISTORY_LABEL_CHARS = 2_000;

// A new change: the undone tail is dropped, as in every editor, and beyond `limit` the oldest.
export function recordChange(
  history: EditHistory,
  entry: HistoryEntry,
  limit = MAX_HISTORY_ENTRIES,
): EditHistory {
  const entries = [...history.entries.slice(0, history.position), entry];
  const kept = entries.length > limit ? entries.slice(entries.length - limit) : entries;
  return { entries: kept, position: kept.length };
}

export interface Stepped {
  history: EditHistory;
  dataset: Dataset;
}

export function canUndo(history: EditHistory): boolean {
  return history.position > 0;
}

export function canRedo(history: EditHistory): boolean {
  return history.position < history.entries.length;
}

export function undo(history: EditHistory, dataset: Dataset): Stepped | null {
  const entry = history.entries[history.position - 1];
  if (!entry) return null;
  return {
    history: { ...history, position: history.position - 1 },
    dataset: applyChange(dataset, entry.inverse),
  };
}

export function redo(history: EditHistory, dataset: Dataset): Stepped | null {
  const entry = history.entries[history.position];
  if (!entry) return null;
  return {
    history: { ...history, position: history.position + 1 },
    dataset: applyChange(dataset, entry.change),
  };
}

// Steps back or forward until `position` entries are applied (0 = before the first change).
export function moveTo(history: EditHistory, dataset: Dataset, position: number): Stepped {
  let stepped: Stepped = { history, dataset };
  const target = Math.max(0, Math.min(position, history.entries.length));
  while (stepped.history.position > target)
    stepped = undo(stepped.history, stepped.dataset) ?? stepped;
  while (stepped.history.position < target)
    stepped = redo(stepped.history, stepped.dataset) ?? stepped;
  return stepped;
}
