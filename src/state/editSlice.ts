// The part of the store about coding and editing: which coding panel is open, each dataset's
// change history and last saved revision, and how the last save went. The work (validating,
// writing to IndexedDB, telling other tabs) is in editActions.ts, loaded on first edit.
import type { StateCreator } from "zustand";
import { type EditHistory, EMPTY_HISTORY } from "../domain/edit/editHistory";

export interface StatementDraftTarget {
  sourceId: string;
  statementId: string | null; // null: a new statement
  quote: string | null;
  quoteStart?: number;
  quoteEnd?: number;
}

export type CodingPanel =
  | { kind: "add-source" }
  | { kind: "read-source"; sourceId: string }
  | { kind: "statement"; target: StatementDraftTarget }
  | { kind: "history" };

export interface EditStatus {
  text: string;
  tone: "info" | "error";
  // The change is on screen but storage refused it: offer the dataset as an export.
  isUnkept?: boolean;
}

export interface EditSlice {
  codingPanel: CodingPanel | null;
  editHistories: Record<string, EditHistory>; // by dataset key
  revisions: Record<string, number>; // the stored revision this tab last read or wrote, by key
  editStatus: EditStatus | null;
  isSaving: boolean;
  openCodingPanel(panel: CodingPanel): void;
  closeCodingPanel(): void;
}

export const createEditSlice: StateCreator<EditSlice> = (set) => ({
  codingPanel: null,
  editHistories: {},
  revisions: {},
  editStatus: null,
  isSaving: false,
  openCodingPanel: (codingPanel) => set({ codingPanel }),
  closeCodingPanel: () => set({ codingPanel: null }),
});

export function historyFor(slice: Pick<EditSlice, "editHistories">, key: string): EditHistory {
  return slice.editHistories[key] ?? EMPTY_HISTORY;
}
