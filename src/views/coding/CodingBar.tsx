// The header's editing controls: Add source, Undo, Redo (also Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z),
// the change history, Parties and issues (to rename and edit them), how the last save went,
// and, on an edited copy of the built-in dataset, the way back to the original. The editing code loads on first use.
import { lazy, Suspense, useEffect } from "react";
import { DEFAULT_DATASET_KEY } from "../../data/defaultDataset";
import { isEditedCopyId } from "../../domain/edit/editedCopy";
import { historyFor } from "../../state/editSlice";
import { showDataset } from "../../state/libraryCommands";
import { type LibraryEntry, selectDataset } from "../../state/librarySlice";
import { useParleyStore } from "../../state/store";
import { EditStatusLine } from "./EditStatusLine";
import "./CodingBar.css";

const CodingPanels = lazy(() => import("./CodingPanels"));

// Straight to the editing code (loaded on first use): editCommands stays out of the first view.
const undo = () => void import("../../state/editActions").then((m) => m.undoChange());
const redo = () => void import("../../state/editActions").then((m) => m.redoChange());

// Text fields keep their own undo: the shortcut is the dataset's only outside them.
function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

function useUndoShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== "z") return;
      if (isTextField(event.target) || useParleyStore.getState().codingPanel) return;
      event.preventDefault();
      if (event.shiftKey) redo();
      else undo();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}

export function CodingBar() {
  useUndoShortcuts();
  const history = useParleyStore((state) => historyFor(state, state.datasetKey));
  const isSaving = useParleyStore((state) => state.isSaving);
  const hasPanel = useParleyStore((state) => state.codingPanel !== null);
  const openPanel = useParleyStore((state) => state.openCodingPanel);
  const isEditedDefault = useParleyStore(
    (state) =>
      state.datasetKey !== DEFAULT_DATASET_KEY &&
      isEditedCopyId(selectDataset(state).meta.id, DEFAULT_DATASET_KEY),
  );
  // On the built-in dataset, the way to the edits made to it: its newest edited copy.
  const editedCopy = useParleyStore((state) =>
    state.datasetKey === DEFAULT_DATASET_KEY
      ? state.library
          .filter((entry) => isEditedCopyId(entry.metaId, DEFAULT_DATASET_KEY))
          .reduce<LibraryEntry | null>(
            (newest, entry) =>
              newest === null || entry.importedAt > newest.importedAt ? entry : newest,
            null,
          )
      : null,
  );
  return (
    <div className="coding-bar">
      <div className="coding-buttons">
        <button
          type="button"
          className="button-primary"
          onClick={() => openPanel({ kind: "add-source" })}
        >
          Add source
        </button>
        <button type="button" onClick={undo} disabled={isSaving || history.position === 0}>
          Undo
        </button>
        <button
          type="button"
          onClick={redo}
          disabled={isSaving || history.position === history.entries.length}
        >
          Redo
        </button>
        <button type="button" onClick={() => openPanel({ kind: "history" })}>
          Change history
        </button>
        <button type="button" onClick={() => openPanel({ kind: "parties-and-issues" })}>
          Parties and issues
        </button>
      </div>
      {editedCopy && (
        <button type="button" onClick={() => showDataset(editedCopy.key)}>
          Open your edited copy
        </button>
      )}
      {isEditedDefault && (
        <button type="button" onClick={() => showDataset(DEFAULT_DATASET_KEY)}>
          Open the original dataset
        </button>
      )}
      <EditStatusLine />
      {hasPanel && (
        <Suspense fallback={<p className="hint">Loading the coding tools…</p>}>
          <CodingPanels />
        </Suspense>
      )}
    </div>
  );
}
