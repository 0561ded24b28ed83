// What a user does to one library entry: remove it, keep again one another tab removed,
// download or delete a damaged record. Every storage change names the revision the user saw,
// so a record another tab has changed since is never deleted on a stale list.
import { DEFAULT_DATASET_KEY } from "../data/defaultDataset";
import { reasonOf } from "../domain/result";
import { announceLibraryChange } from "../storage/libraryChannel";
import { rawRecordText } from "../storage/recordShape";
import { refreshLibrary, showDataset, showOpened } from "./datasetActions";
import { addToLibrary, keepDataset } from "./keepDataset";
import { runInLibraryQueue } from "./libraryQueue";
import type { DamagedEntry } from "./librarySlice";
import { useParleyStore } from "./store";

const { getState, setState } = useParleyStore;

function forget(key: string): void {
  setState((state) => {
    const openedDatasets = new Map(state.openedDatasets);
    openedDatasets.delete(key);
    return { library: state.library.filter((kept) => kept.key !== key), openedDatasets };
  });
}

// Forgets an imported dataset; shows the default one if it was on screen.
export async function removeImportedDataset(key: string): Promise<void> {
  const entry = getState().library.find((candidate) => candidate.key === key);
  if (!entry) return;
  if (entry.status !== "kept" || entry.revision === null) {
    if (getState().datasetKey === key) void showDataset(DEFAULT_DATASET_KEY);
    forget(key);
    return;
  }
  const revision = entry.revision;
  await runInLibraryQueue(async () => {
    try {
      const { deleteDataset } = await import("../storage/datasetLibrary");
      const outcome = await deleteDataset(key, revision);
      if (!outcome.ok && outcome.reason === "changed") {
        getState().notify(
          `“${entry.title}” was changed in another tab since this list was read, so it was not removed. Look at it again before removing it.`,
          "error",
        );
        return;
      }
      if (getState().datasetKey === key) void showDataset(DEFAULT_DATASET_KEY);
      forget(key);
      if (outcome.ok) announceLibraryChange({ type: "removed", key });
    } catch (error) {
      getState().notify(
        `“${entry.title}” could not be removed from this browser's storage (${reasonOf(error)}).`,
        "error",
      );
    }
  });
  await refreshLibrary();
}

// Keeps again the dataset on screen that another tab removed (or the storage refused).
export async function keepShownDatasetAgain(): Promise<void> {
  const state = getState();
  const entry = state.library.find((candidate) => candidate.key === state.datasetKey);
  const dataset = state.openedDatasets.get(state.datasetKey);
  if (!entry || !dataset || entry.status === "kept") return;
  // A fresh import of what is on screen: same id, so a dataset stored meanwhile is asked about.
  forget(entry.key);
  addToLibrary(entry, dataset);
  const outcome = await keepDataset({
    fileName: entry.fileName,
    importedAt: entry.importedAt,
    dataset,
    json: JSON.stringify(dataset),
  });
  if (outcome.kind === "cancelled") return;
  if (outcome.key !== entry.key) forget(entry.key);
  showOpened(outcome.key, dataset);
  if (outcome.kind === "kept") getState().notify(`“${entry.title}” is kept in this browser again.`);
}

// The stored text of a damaged record, for "Download raw content".
export async function readDamagedRaw(entry: DamagedEntry): Promise<string> {
  const { readRecord } = await import("../storage/datasetLibrary");
  return rawRecordText(await readRecord(entry.storageKey));
}

// Deletes a damaged record the user confirmed deleting.
export async function deleteDamaged(entry: DamagedEntry): Promise<void> {
  await runInLibraryQueue(async () => {
    try {
      const { deleteDataset } = await import("../storage/datasetLibrary");
      const outcome = await deleteDataset(entry.storageKey, entry.revision);
      if (!outcome.ok && outcome.reason === "changed") {
        getState().notify(
          `${entry.label} was changed in another tab, so it was not deleted.`,
          "error",
        );
        return;
      }
      setState((state) => ({ damaged: state.damaged.filter((each) => each !== entry) }));
      announceLibraryChange({ type: "removed", key: String(entry.storageKey) });
      getState().notify(`Deleted the damaged dataset ${entry.label} from this browser.`);
    } catch (error) {
      getState().notify(`${entry.label} could not be deleted (${reasonOf(error)}).`, "error");
    }
  });
  await refreshLibrary();
}
