// Opening, switching and removing datasets, and reading the kept ones back at start-up.
// Actions live outside the store (zustand's "actions without store actions" pattern) because
// they load the import code, the worker and the storage module only when first needed: none
// of that is in the first view's bundle.
import { DEFAULT_DATASET_KEY, defaultDataset } from "../data/defaultDataset";
import { checkDatasetQuotes, unverifiedQuotesNotice } from "../domain/edit/quoteCheck";
import type { Dataset } from "../domain/schema";
import type { LibraryEntry } from "./librarySlice";
import { useParleyStore } from "./store";
import { fitChoicesToDataset, pickUrlState } from "./urlState";

const { getState, setState } = useParleyStore;

// Returns the dataset known by `key` in this browser, or null.
export function datasetFor(key: string): Dataset | null {
  if (key === DEFAULT_DATASET_KEY) return defaultDataset;
  return getState().library.find((entry) => entry.key === key)?.dataset ?? null;
}

// Shows the dataset known by `key`, keeping only the choices that still fit it.
export function showDataset(key: string): void {
  const state = getState();
  const dataset = datasetFor(key);
  if (!dataset || key === state.datasetKey) return;
  setState({ dataset, ...fitChoicesToDataset(pickUrlState(state), dataset, key) });
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

let libraryLoad: Promise<void> | null = null;

// Reads the datasets kept in this browser once per page; later calls wait for the same read.
export function loadLibrary(): Promise<void> {
  libraryLoad ??= readLibrary();
  return libraryLoad;
}

async function readLibrary(): Promise<void> {
  const { notify } = getState();
  try {
    const { listStoredDatasets } = await import("../storage/datasetLibrary");
    const { entries, skipped } = await listStoredDatasets();
    const taken = new Set([DEFAULT_DATASET_KEY]);
    const kept: LibraryEntry[] = [];
    for (const entry of entries) {
      if (taken.has(entry.key)) {
        skipped.push(`"${entry.key}" (${entry.fileName}) has a name another dataset already uses`);
        continue;
      }
      taken.add(entry.key);
      kept.push({ ...entry, isKept: true });
    }
    setState({ library: kept });
    for (const reason of skipped)
      notify(`Skipped a dataset kept in this browser: ${reason}. The others are listed.`, "error");
  } catch (error) {
    notify(
      `Imported datasets could not be read from this browser's storage: ${reasonOf(error)}`,
      "error",
    );
  } finally {
    setState({ libraryStatus: "ready" });
  }
}

function statementCount(dataset: Dataset): string {
  const count = dataset.statements.length;
  return `${count} ${count === 1 ? "statement" : "statements"}`;
}

// Reads `file` in a worker; shows it and keeps it in the browser if it is a valid dataset,
// else shows why not and leaves everything on screen as it was.
export async function importDatasetFile(file: File): Promise<void> {
  if (getState().importStatus?.isBusy) {
    getState().notify(`Still opening another file; open ${file.name} when it is done.`, "error");
    return;
  }
  const progress = (text: string) => setState({ importStatus: { text, isBusy: true } });
  progress(`Opening ${file.name}…`);
  setState({ importFailure: null });
  try {
    const [{ importInWorker }] = await Promise.all([
      import("../workers/importInWorker"),
      loadLibrary(),
    ]);
    const result = await importInWorker(file, (stage) => progress(`${file.name}: ${stage}…`));
    if (!result.ok) {
      setState({
        importFailure: { fileName: file.name, message: result.message, problems: result.problems },
        importStatus: { text: `Could not open ${file.name}.`, isBusy: false },
      });
      return;
    }
    const { dataset, json } = result.value;
    progress(`${file.name}: keeping it in this browser…`);
    const { freeKey, saveDataset } = await import("../storage/datasetLibrary");
    const taken = new Set([DEFAULT_DATASET_KEY, ...getState().library.map((entry) => entry.key)]);
    const entry = {
      key: freeKey(dataset.meta.id, taken),
      fileName: file.name,
      importedAt: new Date().toISOString(),
    };
    setState((state) => ({
      library: [...state.library, { ...entry, dataset, isKept: false }],
    }));
    showDataset(entry.key);
    // Quotes are checked against their articles' texts wherever a dataset carries them.
    const quoteNotice = unverifiedQuotesNotice(checkDatasetQuotes(dataset));
    if (quoteNotice) getState().notify(`${file.name}: ${quoteNotice}`, "error");
    const opened = `Opened ${file.name}: ${statementCount(dataset)}.`;
    try {
      await saveDataset({ ...entry, json });
      setState((state) => ({
        library: state.library.map((kept) =>
          kept.key === entry.key ? { ...kept, isKept: true } : kept,
        ),
        importStatus: { text: opened, isBusy: false },
      }));
    } catch (error) {
      setState({ importStatus: { text: opened, isBusy: false } });
      getState().notify(
        `${reasonOf(error)} “${dataset.meta.title}” is shown for this session only.`,
        "error",
      );
    }
  } catch (error) {
    setState({
      importFailure: {
        fileName: file.name,
        message: `${file.name} could not be opened (${reasonOf(error)}).`,
        problems: [],
      },
      importStatus: { text: `Could not open ${file.name}.`, isBusy: false },
    });
  }
}

// Forgets an imported dataset; shows the default one if it was on screen.
export async function removeImportedDataset(key: string): Promise<void> {
  const entry = getState().library.find((candidate) => candidate.key === key);
  if (!entry) return;
  if (getState().datasetKey === key) showDataset(DEFAULT_DATASET_KEY);
  setState((state) => ({ library: state.library.filter((kept) => kept.key !== key) }));
  if (!entry.isKept) return;
  try {
    const { removeDataset } = await import("../storage/datasetLibrary");
    await removeDataset(key);
  } catch (error) {
    getState().notify(
      `“${entry.dataset.meta.title}” could not be removed from this browser's storage (${reasonOf(error)}); it may be listed again after a reload.`,
      "error",
    );
  }
}
