// Making a change to the dataset shown, undoing, redoing and reverting: each validated, then
// saved through the library with the change history (saveDatasetRevision: one transaction on
// the revision this tab last read, refused if another tab saved first; other tabs are told),
// and only then shown as saved. A change the storage refuses (full) stays on screen, said to
// be unkept and offered as an export. The built-in dataset is never changed: its first edit
// keeps an edited copy in the library.
import { DEFAULT_DATASET_KEY } from "../data/defaultDataset";
import { type Collection, isChangedSince } from "../domain/edit/changes";
import { describeChange } from "../domain/edit/describeChange";
import { type Change, editDataset } from "../domain/edit/editDataset";
import { editedCopyMeta } from "../domain/edit/editedCopy";
import {
  type EditHistory,
  EMPTY_HISTORY,
  moveTo,
  recordChange,
  redo,
  undo,
} from "../domain/edit/editHistory";
import type { Dataset } from "../domain/schema";
import { type Problem, parseDataset } from "../domain/validate";
import { refreshLibrary, showDataset, showOpened } from "./datasetActions";
import { historyFor } from "./editSlice";
import { selectDataset } from "./librarySlice";
import { saveDatasetCopy, saveDatasetRevision } from "./saveDatasetRevision";
import { useParleyStore } from "./store";

const { getState, setState } = useParleyStore;

export type EditOutcome = { ok: true } | { ok: false; message: string; problems: Problem[] };

function failed(message: string): EditOutcome {
  setState({ isSaving: false, editStatus: { text: message, tone: "error" } });
  return { ok: false, message, problems: [] };
}

function saved(key: string, history: EditHistory, label: string): EditOutcome {
  const revision = getState().library.find((entry) => entry.key === key)?.revision ?? null;
  setState((state) => ({
    isSaving: false,
    editStatus: { text: `Saved: ${label}.`, tone: "info" },
    editHistories:
      revision === null
        ? state.editHistories
        : new Map(state.editHistories).set(key, { history, revision }),
  }));
  return { ok: true };
}

// The storage refused the change: it stays on screen (and in the history, on the revision
// still stored, so undo works and the next save that succeeds keeps it), said to be unkept.
function keptOnScreen(
  key: string,
  dataset: Dataset,
  history: EditHistory,
  label: string,
  problems: string[],
): EditOutcome {
  if (getState().datasetKey === key) showOpened(key, dataset);
  const revision = getState().library.find((entry) => entry.key === key)?.revision ?? null;
  const text = `Not kept in this browser (${label}): ${problems.join(" ")} It is shown here, but a reload loses it: export the dataset to keep it.`;
  setState((state) => ({
    isSaving: false,
    editStatus: { text, tone: "error", isUnkept: true },
    editHistories:
      revision === null
        ? state.editHistories
        : new Map(state.editHistories).set(key, { history, revision }),
  }));
  return { ok: true };
}

// Saves `dataset` as the next revision of `key` with `history` beside it. Nothing is shown as
// saved unless the library kept it: another tab saving first leaves the screen as it was and
// says why (its version is read and shown; make the change again on it).
async function persist(
  key: string,
  dataset: Dataset,
  history: EditHistory,
  label: string,
): Promise<EditOutcome> {
  setState({ isSaving: true, editStatus: { text: `Saving: ${label}…`, tone: "info" } });
  const result = await saveDatasetRevision(key, dataset, history);
  if (result.ok) return saved(key, history, label);
  if (result.reason === "changed") {
    await refreshLibrary().catch(() => undefined);
    return failed(
      `Not saved: “${dataset.meta.title}” was changed in another tab, so its latest version is shown. Make the change again on it.`,
    );
  }
  if (result.reason === "storage")
    return keptOnScreen(key, dataset, history, label, result.problems);
  return failed(`Not saved (${label}): ${result.problems.join(" ")}`);
}

// The built-in dataset stays as shipped: the change goes into a copy of it, kept and shown
// (for this session only if the storage refuses it, which the page then says).
async function persistCopy(copy: Dataset, history: EditHistory, label: string) {
  setState({ isSaving: true, editStatus: { text: `Saving: ${label}…`, tone: "info" } });
  const copied = await saveDatasetCopy(copy, `${copy.meta.id}.json`, history);
  if (copied === null)
    return failed(`Not saved (${label}): the edited copy of the built-in dataset was not kept.`);
  // The copy is the dataset being edited: the search and filters stay.
  await showDataset(copied.key, true);
  if (!copied.isKept)
    return failed(
      `Not kept in this browser (${label}): the edited copy is shown for this session only.`,
    );
  return saved(copied.key, history, label);
}

const BUSY: EditOutcome = { ok: false, message: "Still saving the last change.", problems: [] };

// The item a form was opened on, as it was then: a save from a form whose item has changed
// since (in another tab) would silently undo that change, so it is refused.
export interface BasedOn {
  collection: Collection;
  item: { id: string };
  noun: string; // "statement", "party"…: for the message
}

// Applies `change` to the dataset shown if the validator accepts the result.
export async function commitChange(change: Change, basedOn?: BasedOn): Promise<EditOutcome> {
  const state = getState();
  if (state.isSaving) return BUSY;
  const key = state.datasetKey;
  const before = selectDataset(state);
  if (basedOn && isChangedSince(before, basedOn.collection, basedOn.item))
    return {
      ok: false,
      message: `Not saved: this ${basedOn.noun} was changed in another tab (or removed) while the form was open, and saving would undo that. Your entries are still here: close the form, open it again to see the new version, and make your change on it.`,
      problems: [],
    };
  const result = editDataset(before, change);
  if (!result.ok)
    return {
      ok: false,
      message: "The change would make the dataset invalid.",
      problems: result.problems,
    };
  const label = describeChange(change, before);
  const entry = { label, at: new Date().toISOString(), change, inverse: result.inverse };
  if (key !== DEFAULT_DATASET_KEY)
    return persist(key, result.dataset, recordChange(historyFor(state, key), entry), label);
  const taken = new Set(state.library.map((each) => each.metaId));
  const meta = editedCopyMeta(result.dataset.meta, entry.at.slice(0, 10), taken);
  return persistCopy({ ...result.dataset, meta }, recordChange(EMPTY_HISTORY, entry), label);
}

async function step(
  move: (
    history: EditHistory,
    dataset: Dataset,
  ) => { history: EditHistory; dataset: Dataset } | null,
  label: (history: EditHistory) => string,
): Promise<void> {
  const state = getState();
  if (state.isSaving) return;
  const key = state.datasetKey;
  const history = historyFor(state, key);
  const stepped = move(history, selectDataset(state));
  if (!stepped) return;
  // Undo applies stored inverses without the validator; a history edited by hand, or one
  // that no longer fits, must not save a dataset the import would refuse.
  const checked = parseDataset(stepped.dataset);
  if (!checked.ok) {
    failed(`Not done (${label(history)}): the change history does not fit this dataset any more.`);
    return;
  }
  await persist(key, checked.value, stepped.history, label(history));
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
