// The part of the store about coding and editing: which coding panel is open, each dataset's
// change history (kept in the library with the revision it belongs to, and read back when the
// dataset is opened), and how the last save went. The work (validating, saving through the
// library) is in editActions.ts, loaded on first edit.
import type { StateCreator } from "zustand";
import { type EditHistory, EMPTY_HISTORY } from "../domain/edit/editHistory";
import type { LibrarySlice } from "./librarySlice";

export interface StatementDraftTarget {
  sourceId: string;
  statementId: string | null; // null: a new statement
  quote: string | null;
  quoteStart?: number;
  quoteEnd?: number;
}

export type CodingPanel =
  | { kind: "add-source" }
  | { kind: "edit-source"; sourceId: string }
  | { kind: "read-source"; sourceId: string }
  | { kind: "parties-and-issues" }
  | { kind: "statement"; target: StatementDraftTarget }
  | { kind: "history" };

export interface EditStatus {
  text: string;
  tone: "info" | "error";
  // The change is on screen but the storage refused it: the dataset is offered as an export.
  isUnkept?: boolean;
}

// A history holds for the stored revision its last change produced: once the dataset is
// changed elsewhere (a replace, a restore), its inverses no longer fit, so it is not offered.
// `damage`: the stored history could not be read, so there is none (and the user is told why).
export interface KeptHistory {
  history: EditHistory;
  revision: string;
  damage?: string;
}

export interface EditSlice {
  codingPanel: CodingPanel | null;
  // By dataset key. A Map: a key is whatever a user named a dataset, and "constructor" or
  // "__proto__" looked up on a plain object found Object.prototype's, which crashed the coding bar.
  editHistories: ReadonlyMap<string, KeptHistory>;
  editStatus: EditStatus | null;
  isSaving: boolean;
  openCodingPanel(panel: CodingPanel): void;
  closeCodingPanel(): void;
}

export const createEditSlice: StateCreator<EditSlice> = (set) => ({
  codingPanel: null,
  editHistories: new Map(),
  editStatus: null,
  isSaving: false,
  openCodingPanel: (codingPanel) => set({ codingPanel }),
  closeCodingPanel: () => set({ codingPanel: null }),
});

export function historyFor(
  state: Pick<EditSlice, "editHistories"> & Pick<LibrarySlice, "library">,
  key: string,
): EditHistory {
  const kept = state.editHistories.get(key);
  const entry = state.library.find((candidate) => candidate.key === key);
  return kept && entry?.revision === kept.revision ? kept.history : EMPTY_HISTORY;
}
