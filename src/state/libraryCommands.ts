// What the first view's library controls call. Each loads its action module on first use, so
// the reading, checking and storing code is not in the first view's bundle (BENCHMARKS.md);
// the page asks for datasetActions right after its first paint, so a switch seldom waits.

import { reasonOf } from "../domain/result";
import type { DamagedEntry, ImportAnswer } from "./librarySlice";
import { useParleyStore } from "./store";

// A module that cannot be fetched (the network dropped, or a new version replaced the files)
// is said on screen: the button did nothing, and the reader must know why.
async function load<M>(importModule: () => Promise<M>): Promise<M | null> {
  try {
    return await importModule();
  } catch (error) {
    useParleyStore
      .getState()
      .notify(
        `Part of Parley could not be loaded (${reasonOf(error)}). Check the connection and reload the page; nothing kept in this browser is lost.`,
        "error",
      );
    return null;
  }
}

const datasetActions = () => load(() => import("./datasetActions"));
const entryActions = () => load(() => import("./libraryEntryActions"));
const backupActions = () => load(() => import("./libraryBackupActions"));

export async function loadLibrary(): Promise<void> {
  await (await datasetActions())?.loadLibrary();
}

export async function showDataset(key: string): Promise<void> {
  await (await datasetActions())?.showDataset(key);
}

export async function openDataset(key: string): Promise<void> {
  await (await datasetActions())?.openDataset(key);
}

export async function importDatasetFile(file: File): Promise<void> {
  await (await load(() => import("./importActions")))?.importDatasetFile(file);
}

export async function answerImportQuestion(choice: ImportAnswer): Promise<void> {
  (await load(() => import("./keepDataset")))?.answerImportQuestion(choice);
}

export async function removeImportedDataset(key: string): Promise<void> {
  await (await entryActions())?.removeImportedDataset(key);
}

export async function keepShownDatasetAgain(): Promise<void> {
  await (await entryActions())?.keepShownDatasetAgain();
}

// Null when the module could not be loaded (already said on screen).
export async function readDamagedRaw(entry: DamagedEntry): Promise<string | null> {
  const actions = await entryActions();
  return actions ? actions.readDamagedRaw(entry) : null;
}

export async function deleteDamaged(entry: DamagedEntry): Promise<void> {
  await (await entryActions())?.deleteDamaged(entry);
}

export async function exportLibraryParts(): Promise<{ parts: string[]; count: number } | null> {
  const actions = await backupActions();
  return actions ? actions.exportLibraryParts() : null;
}

export async function importLibraryFile(file: File): Promise<void> {
  await (await backupActions())?.importLibraryFile(file);
}
