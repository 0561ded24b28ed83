// Making a change to the dataset shown, undoing, redoing and reverting: each validated, written
// to IndexedDB in one transaction, and only then shown as saved; other tabs are told.
// The built-in dataset is never changed: its first edit makes an edited copy in the library.
import { DEFAULT_DATASET_KEY } from "../data/defaultDataset";
import {
  type Change,
  describeChange,
  editDataset,
  editedCopyMeta,
} from "../domain/edit/editDataset";
import { type EditHistory, moveTo, recordChange, redo, undo } from "../domain/edit/editHistory";
import type { Dataset } from "../domain/schema";
import type { Problem } from "../domain/validate";
import { freeKey } from "../storage/datasetLibrary";
import { RevisionConflict, saveRevision } from "../storage/datasetRevisions";
import { showDataset } from "./datasetActions";
import { historyFor } from "./editSlice";
import { announceEdit, refreshFromStorage, storedEditState } from "./editSync";
import { useParleyStore } from "./store";

const { getState, setState } = useParleyStore;

export type EditOutcome = { ok: true } | { ok: false; message: string; problems: Problem[] };

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function fileNameFor(dataset: Dataset): string {
  return `${dataset.meta.id}.json`;
}

// Writes `dataset` and `history` as the next revision of `key`, then shows them. Storage
// refusing the write keeps them on screen, said to be unkept, with an export offered; another
// tab having written first shows that tab's version instead and says the change was not made.
async function persist(
  key: string,
  dataset: Dataset,
  history: EditHistory,
  label: string,
  isNewCopy: boolean,
): Promise<EditOutcome> {
  const state = getState();
  const existing = state.library.find((entry) => entry.key === key);
  const expected = isNewCopy ? null : existing?.isKept ? (state.revisions[key] ?? 0) : null;
  const entry = {
    key,
    fileName: existing?.fileName ?? fileNameFor(dataset),
    importedAt: existing?.importedAt ?? new Date().toISOString(),
  };
  setState({ isSaving: true, editStatus: { text: `Saving: ${label}…`, tone: "info" } });
  let isKept = true;
  try {
    await saveRevision(
      {
        ...entry,
        json: JSON.stringify(dataset),
        revision: (expected ?? 0) + 1,
        editHistory: JSON.stringify(history),
      },
      expected,
    );
  } catch (error) {
    setState({ isSaving: false });
    if (error instanceof RevisionConflict) {
      await refreshFromStorage(key);
      const message = `Not saved: “${dataset.meta.title}” was changed in another tab, so its latest version is shown. Make the change again on it.`;
      setState({ editStatus: { text: message, tone: "error" } });
      return { ok: false, message, problems: [] };
    }
    isKept = false;
    setState({
      editStatus: {
        text: `${reasonOf(error)} This change (${label}) is shown but not kept in this browser: export the dataset to keep it.`,
        tone: "error",
        isUnkept: true,
      },
    });
  }
  setState((current) => ({
    isSaving: false,
    library: existing
      ? current.library.map((kept) => (kept.key === key ? { ...kept, dataset, isKept } : kept))
      : [...current.library, { ...entry, dataset, isKept }],
    editHistories: { ...current.editHistories, [key]: history },
    revisions: isKept ? { ...current.revisions, [key]: (expected ?? 0) + 1 } : current.revisions,
    ...(current.datasetKey === key ? { dataset } : {}),
    ...(isKept ? { editStatus: { text: `Saved: ${label}.`, tone: "info" as const } } : {}),
  }));
  if (isNewCopy) showDataset(key);
  if (isKept) announceEdit(key, (expected ?? 0) + 1, label);
  return { ok: true };
}

// Reads the stored revision and history of the dataset shown, if this tab has not yet.
export async function ensureEditState(key: string): Promise<void> {
  if (key === DEFAULT_DATASET_KEY || getState().revisions[key] !== undefined) return;
  const stored = await storedEditState(key);
  if (stored)
    setState((state) => ({
      revisions: { ...state.revisions, [key]: stored.revision },
      editHistories: { ...state.editHistories, [key]: stored.history },
    }));
}

const BUSY: EditOutcome = { ok: false, message: "Still saving the last change.", problems: [] };

// Applies `change` to the dataset shown if the validator accepts the result.
export async function commitChange(change: Change): Promise<EditOutcome> {
  if (getState().isSaving) return BUSY;
  const key = getState().datasetKey;
  await ensureEditState(key);
  const state = getState();
  const result = editDataset(state.dataset, change);
  if (!result.ok)
    return {
      ok: false,
      message: "The change would make the dataset invalid.",
      problems: result.problems,
    };
  const label = describeChange(change);
  const entry = { label, at: new Date().toISOString(), change, inverse: result.inverse };
  if (key !== DEFAULT_DATASET_KEY)
    return persist(key, result.dataset, recordChange(historyFor(state, key), entry), label, false);
  // The built-in dataset stays as shipped: the change goes into a copy of it.
  const meta = editedCopyMeta(result.dataset.meta, entry.at.slice(0, 10));
  const taken = new Set([DEFAULT_DATASET_KEY, ...state.library.map((kept) => kept.key)]);
  const copyKey = freeKey(meta.id, taken);
  const copy = { ...result.dataset, meta };
  return persist(copyKey, copy, recordChange({ entries: [], position: 0 }, entry), label, true);
}

async function step(
  move: (
    history: EditHistory,
    dataset: Dataset,
  ) => { history: EditHistory; dataset: Dataset } | null,
  label: (history: EditHistory) => string,
): Promise<void> {
  if (getState().isSaving) return;
  const key = getState().datasetKey;
  await ensureEditState(key);
  const state = getState();
  const history = historyFor(state, key);
  const stepped = move(history, state.dataset);
  if (!stepped) return;
  await persist(key, stepped.dataset, stepped.history, label(history), false);
}

export function undoChange(): Promise<void> {
  return step(undo, (h) => `Undid “${h.entries[h.position - 1]?.label}”`);
}

export function redoChange(): Promise<void> {
  return step(redo, (h) => `Redid “${h.entries[h.position]?.label}”`);
}

// Steps back (or forward) until `position` changes of the history are applied.
export function revertTo(position: number): Promise<void> {
  return step(
    (history, dataset) => moveTo(history, dataset, position),
    () =>
      position === 0 ? "Reverted to before the first change" : `Reverted to change ${position}`,
  );
}
