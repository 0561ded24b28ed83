// The library API for editing (issue 14: code an article in Parley).
//
// saveDatasetRevision(key, dataset, history) stores `dataset` as the new version of the kept
// dataset `key`, in one IndexedDB transaction (data, list entry and change history together),
// on top of the revision this tab last read. It resolves once the transaction has committed, and only then updates
// this tab (list entry, dataset in memory, on screen if shown) and tells the other tabs with
// `{ type: "changed", key }` on BroadcastChannel "parley-library"; they show the new version.
// The caller validates first (same validator as import); this only stores.
//
// It refuses, writing nothing, with `{ ok: false, problems: [one sentence] }` when:
// - another tab saved a newer version first (reason "changed": refresh, redo the edit on it),
// - the dataset was removed (reason "gone") or is not kept (built in, or session only),
// - the storage refused (reason "storage", `isFull` when for want of space: the caller keeps
//   the edit on screen and offers it as an export).
// The built-in dataset is never revised: saveDatasetCopy keeps an edited copy as a new entry.

import { DEFAULT_DATASET_KEY } from "../data/defaultDataset";
import type { EditHistory } from "../domain/edit/editHistory";
import { reasonOf } from "../domain/result";
import type { Dataset } from "../domain/schema";
import { announceLibraryChange } from "../storage/libraryChannel";
import { showOpened } from "./datasetActions";
import { addToLibrary, keepDataset } from "./keepDataset";
import { runInLibraryQueue } from "./libraryQueue";
import { useParleyStore } from "./store";

const { getState } = useParleyStore;

export type RevisionResult =
  | { ok: true; value: { key: string; revision: string } }
  | {
      ok: false;
      reason: "changed" | "gone" | "not-kept" | "storage";
      problems: string[];
      isFull?: boolean;
    };

export function saveDatasetRevision(
  key: string,
  dataset: Dataset,
  history?: EditHistory,
): Promise<RevisionResult> {
  return runInLibraryQueue(async () => {
    const entry = getState().library.find((candidate) => candidate.key === key);
    if (entry?.status !== "kept" || entry.revision === null)
      return refuse(
        "not-kept",
        `“${dataset.meta.title}” is not kept in this browser, so it cannot be revised; keep a copy instead.`,
      );
    try {
      const { writeDataset } = await import("../storage/datasetLibrary");
      const outcome = await writeDataset(
        { kind: "revise", key, expectedRevision: entry.revision },
        {
          fileName: entry.fileName,
          importedAt: entry.importedAt,
          json: JSON.stringify(dataset),
          title: dataset.meta.title,
          metaId: dataset.meta.id,
          statementCount: dataset.statements.length,
        },
        new Set([DEFAULT_DATASET_KEY]),
        history,
      );
      if (!outcome.ok)
        return outcome.reason === "changed"
          ? refuse(
              "changed",
              `“${entry.title}” was changed in another tab first; nothing was saved.`,
            )
          : refuse(
              "gone",
              `“${entry.title}” is no longer kept in this browser; nothing was saved.`,
            );
      const { title, statementCount, metaId } = {
        title: dataset.meta.title,
        statementCount: dataset.statements.length,
        metaId: dataset.meta.id,
      };
      addToLibrary(
        { ...entry, title, statementCount, metaId, revision: outcome.revision },
        dataset,
      );
      if (getState().datasetKey === key) showOpened(key, dataset);
      announceLibraryChange({ type: "changed", key });
      return { ok: true, value: { key, revision: outcome.revision } };
    } catch (error) {
      const isFull = (error as { isFull?: unknown } | null)?.isFull === true;
      if (isFull)
        return {
          ok: false,
          reason: "storage",
          isFull,
          problems: ["The browser's storage is full, so the change was not kept."],
        };
      return refuse("storage", reasonOf(error));
    }
  });
}

// Keeps `dataset` (e.g. an edited copy of the built-in one) as a new library entry with its
// change history; resolves once committed with its key and whether it was kept (the storage
// refused: shown for this session only), or null if the user cancelled.
export async function saveDatasetCopy(
  dataset: Dataset,
  fileName: string,
  history?: EditHistory,
): Promise<{ key: string; isKept: boolean } | null> {
  const outcome = await keepDataset({
    fileName,
    importedAt: new Date().toISOString(),
    dataset,
    json: JSON.stringify(dataset),
    history,
  });
  return outcome.kind === "cancelled"
    ? null
    : { key: outcome.key, isKept: outcome.kind === "kept" };
}

function refuse(
  reason: Exclude<RevisionResult, { ok: true }>["reason"],
  problem: string,
): RevisionResult {
  return { ok: false, reason, problems: [problem] };
}
