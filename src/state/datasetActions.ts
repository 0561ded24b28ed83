// Switching and removing datasets, reading the kept ones at start-up and whenever another
// tab changes them. Actions live outside the store (zustand's "actions without store actions"
// pattern) because they load the storage module, the validator and the worker only when first
// needed. This module itself is not in the first view's bundle either: the page imports it
// after its first paint, to list the kept datasets.
import { DEFAULT_DATASET_KEY } from "../data/defaultDataset";
import { findPublished, readPublishedKey } from "../domain/catalog";
import { parseCatalog } from "../domain/catalogFile";
import { reasonOf } from "../domain/result";
import type { Dataset } from "../domain/schema";
import { type LibraryChange, listenForLibraryChanges } from "../storage/libraryChannel";
import { readRecordParts, recordLabel, type StoredSummary } from "../storage/recordShape";
import { mergeListing } from "./libraryListing";
import { runInLibraryQueue } from "./libraryQueue";
import type { DamagedEntry } from "./librarySlice";
import { datasetFor, isUnopenable, markUnopenable } from "./openedDatasets";
import { useParleyStore } from "./store";
import { fitChoicesToDataset, parseUrlState, pickUrlState } from "./urlState";

const { getState, setState } = useParleyStore;

// Shows `dataset` under `key`, keeping only the choices that still fit it (and the typed
// search when it is a new version of the dataset shown, or `isSameDataset` says it is its
// edited copy). Datasets that live only in this page stay in memory; the other kept ones are
// read from storage when next shown.
export function showOpened(key: string, dataset: Dataset, isSameDataset = false): void {
  const state = getState();
  const keep = new Set(
    state.library.filter((entry) => entry.status !== "kept").map((entry) => entry.key),
  );
  const openedDatasets = new Map(
    [...state.openedDatasets].filter(([openedKey]) => keep.has(openedKey)),
  );
  if (key !== DEFAULT_DATASET_KEY) openedDatasets.set(key, dataset);
  const isNewVersion = isSameDataset || key === state.datasetKey;
  const waiting = state.waitingLink;
  // The dataset a link was waiting for: its own view, read against the dataset as opened.
  if (waiting && (waiting.datasetKey === key || waiting.datasetKey === dataset.meta.id)) {
    const { state: linked, notices } = parseUrlState(waiting.search, dataset, key);
    setState({ openedDatasets, ...linked, waitingLink: null });
    for (const notice of notices) state.notify(notice, "error");
    return;
  }
  setState({
    openedDatasets,
    ...fitChoicesToDataset(pickUrlState(state), dataset, key, isNewVersion),
  });
}

let latestShowRequest = 0;

// Shows the dataset known by `key`, reading and validating it first if it is not in memory.
export async function showDataset(key: string, isSameDataset = false): Promise<void> {
  if (key === getState().datasetKey) return;
  const request = ++latestShowRequest;
  const known = datasetFor(key);
  if (known) {
    showOpened(key, known, isSameDataset);
    return;
  }
  const named = readPublishedKey(key);
  const title =
    getState().library.find((entry) => entry.key === key)?.title ??
    (named ? findPublished(getState().published, named.id, named.version)?.title : undefined) ??
    key;
  setState({ importStatus: { text: `Opening “${title}”…`, isBusy: true } });
  const dataset = await openDataset(key);
  // A later choice wins over a slow read.
  if (request !== latestShowRequest) return;
  setState({ importStatus: null });
  if (dataset) showOpened(key, dataset, isSameDataset);
}

const opening = new Map<string, Promise<Dataset | null>>();

// Reads the stored dataset `key` into memory (once, however often asked), checked with the
// validator, in the worker if big. A record that fails is listed as damaged, with a notice.
export function openDataset(key: string): Promise<Dataset | null> {
  const known = datasetFor(key);
  if (known) return Promise.resolve(known);
  let pending = opening.get(key);
  if (!pending) {
    pending = readAndCheck(key).finally(() => opening.delete(key));
    opening.set(key, pending);
  }
  return pending;
}

async function readAndCheck(key: string): Promise<Dataset | null> {
  if (readPublishedKey(key)) return fetchPublished(key);
  const entry = getState().library.find((candidate) => candidate.key === key);
  if (entry?.status !== "kept" || isUnopenable(key)) return null;
  try {
    const [storage, { keepStoredHistory }] = await Promise.all([
      import("../storage/datasetLibrary"),
      import("./storedHistoryActions"),
    ]);
    const stored = await storage.readRecordWithHistory(key);
    const parts = readRecordParts(stored.record);
    const { checkStoredText } = await import("../storage/checkStoredDataset");
    const checked = parts.ok
      ? await checkStoredText(parts.value.text, `${recordLabel(key)} (${entry.fileName})`)
      : { ok: false as const, message: parts.reason };
    if (checked.ok) {
      keepStoredHistory(key, entry.title, stored);
      setState((state) => ({
        openedDatasets: new Map(state.openedDatasets).set(key, checked.value),
      }));
      return checked.value;
    }
    markUnopenable(key);
    if (entry.revision) await storage.markDamaged(key, entry.revision, checked.message);
    const damaged: DamagedEntry = {
      storageKey: key,
      label: `${recordLabel(key)} (${entry.fileName})`,
      reason: checked.message,
      revision: entry.revision,
    };
    setState((state) => ({
      library: state.library.filter((candidate) => candidate.key !== key),
      damaged: [...state.damaged, damaged],
    }));
    notifyDamaged(checked.message);
  } catch (error) {
    markUnopenable(key);
    getState().notify(
      `“${entry.title}” could not be read from this browser's storage (${reasonOf(error)}).`,
      "error",
    );
  }
  return null;
}

// The site's catalog of published datasets (public/data/catalog.json). A site without one
// publishes nothing but the built-in dataset; a broken one is said, not fatal.
async function readCatalog(): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`${import.meta.env.BASE_URL}data/catalog.json`, { cache: "no-cache" });
  } catch {
    return;
  }
  if (response.status === 404) return;
  const parsed = response.ok
    ? parseCatalog(await response.json().catch(() => null))
    : { ok: false as const, reason: `the server answered ${response.status}` };
  if (parsed.ok) setState({ published: parsed.entries });
  else
    getState().notify(
      `The datasets published with this site could not be listed: ${parsed.reason}.`,
      "error",
    );
}

// Fetches a published dataset from the site's data/ folder and checks it as an import is.
async function fetchPublished(key: string): Promise<Dataset | null> {
  const named = readPublishedKey(key);
  const entry = named && findPublished(getState().published, named.id, named.version);
  if (!entry || entry.file === null || isUnopenable(key)) return null;
  const label = `${entry.title} v${entry.version} (data/${entry.file})`;
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}data/${entry.file}`);
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    const { checkStoredText } = await import("../storage/checkStoredDataset");
    const checked = await checkStoredText(await response.text(), label);
    if (!checked.ok) throw new Error(checked.message);
    const dataset = checked.value;
    if (dataset.meta.id !== entry.id || dataset.meta.version !== entry.version)
      getState().notify(
        `The published file of ${label} says it is ${dataset.meta.id} v${dataset.meta.version}; it is shown as it is.`,
        "error",
      );
    setState((state) => ({ openedDatasets: new Map(state.openedDatasets).set(key, dataset) }));
    return dataset;
  } catch (error) {
    markUnopenable(key);
    getState().notify(
      `The published dataset ${label} could not be opened: ${reasonOf(error)}.`,
      "error",
    );
    return null;
  }
}

function notifyDamaged(reason: string): void {
  getState().notify(
    `Skipped a dataset kept in this browser: ${reason}. It is listed as damaged under “Damaged datasets”, where you can download or delete it; the others are listed.`,
    "error",
  );
}

let libraryLoad: Promise<void> | null = null;

// Lists the datasets kept in this browser once per page, then follows other tabs' changes.
export function loadLibrary(): Promise<void> {
  libraryLoad ??= readLibrary();
  return libraryLoad;
}

async function readLibrary(): Promise<void> {
  try {
    // Both before "ready": a link may name a kept dataset or a published one.
    await Promise.all([refreshLibrary(), readCatalog()]);
  } catch (error) {
    getState().notify(
      `Imported datasets could not be read from this browser's storage: ${reasonOf(error)}`,
      "error",
    );
  } finally {
    setState({ libraryStatus: "ready" });
    listenForLibraryChanges(onOtherTabChange);
  }
}

function onOtherTabChange(_change: LibraryChange): void {
  // Whatever changed, the listing is read again: it is small, and it is the truth.
  refreshLibrary().catch((error: unknown) =>
    getState().notify(`The library could not be read again (${reasonOf(error)}).`, "error"),
  );
}

// Reads the listing from storage and shows it; the dataset on screen is never blanked.
export function refreshLibrary(): Promise<void> {
  return runInLibraryQueue(async () => {
    const storage = await import("../storage/datasetLibrary");
    const listing = await storage.readListing();
    const summaries = [...listing.summaries];
    for (const key of listing.unsummarised) {
      const summary = await summariseRecord(key);
      summaries.push(summary);
      if (summary.damage !== null) notifyDamaged(summary.damage);
    }
    const state = getState();
    const merged = mergeListing(summaries, state, DEFAULT_DATASET_KEY);
    setState({ library: merged.library, damaged: merged.damaged });
    if (merged.shownRemovedElsewhere)
      state.notify(
        `“${merged.shownRemovedElsewhere.title}” was removed in another tab. It is still shown here: keep it in this browser again or export it, or it is gone after a reload.`,
        "error",
      );
    const changed = merged.shownChangedElsewhere;
    if (changed) {
      // The version on screen stays until the new one is read and checked: dropping it first
      // showed the built-in dataset for a moment, and closed and reopened open panels.
      const dataset = await readAndCheck(changed.key);
      if (dataset && getState().datasetKey === changed.key) {
        showOpened(changed.key, dataset);
        state.notify(`“${changed.title}” was changed in another tab; this is its new version.`);
      }
    }
  });
}

// Reads a record kept by older Parley (or by hand) once, and stores what the list needs.
async function summariseRecord(key: IDBValidKey): Promise<StoredSummary> {
  const storage = await import("../storage/datasetLibrary");
  const { newRevision } = await import("../storage/libraryDecisions");
  const parts = readRecordParts(await storage.readRecord(key));
  const base = {
    key: key as string,
    fileName: parts.ok ? parts.value.fileName : "",
    importedAt: parts.ok ? parts.value.importedAt : "",
    revision: newRevision(),
  };
  let summary: StoredSummary;
  if (!parts.ok)
    summary = { ...base, title: String(key), metaId: "", statementCount: 0, damage: parts.reason };
  else {
    const { checkStoredText } = await import("../storage/checkStoredDataset");
    const checked = await checkStoredText(
      parts.value.text,
      `${recordLabel(key)} (${base.fileName})`,
    );
    summary = checked.ok
      ? {
          ...base,
          title: checked.value.meta.title,
          metaId: checked.value.meta.id,
          statementCount: checked.value.statements.length,
          damage: null,
        }
      : { ...base, title: String(key), metaId: "", statementCount: 0, damage: checked.message };
  }
  // A record with a key that is not text (edited by hand) gets no summary: listed each time.
  if (typeof key === "string") await storage.saveFirstSummary(summary).catch(() => undefined);
  return summary;
}
