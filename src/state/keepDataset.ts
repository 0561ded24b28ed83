// Keeping a dataset in the library: the one path every import, restore, re-save and edit
// takes to storage. Each resolves only once IndexedDB has committed, then tells the other
// tabs; only then does the list (and so the URL) name the new dataset.
import { DEFAULT_DATASET_KEY } from "../data/defaultDataset";
import type { EditHistory } from "../domain/edit/editHistory";
import { reasonOf } from "../domain/result";
import type { Dataset } from "../domain/schema";
import { announceLibraryChange } from "../storage/libraryChannel";
import type { WriteIntent } from "../storage/libraryDecisions";
import { entryFromSummary } from "./libraryListing";
import { runInLibraryQueue } from "./libraryQueue";
import type { ImportAnswer, ImportQuestion, LibraryEntry } from "./librarySlice";
import { useParleyStore } from "./store";

const { getState, setState } = useParleyStore;
const RESERVED = new Set([DEFAULT_DATASET_KEY]);

export interface DatasetToKeep {
  fileName: string;
  importedAt: string;
  dataset: Dataset;
  json: string; // the dataset's JSON text, as stored
  history?: EditHistory; // its change history (an edited copy), stored with it
}

export type KeepOutcome =
  | { kind: "kept"; key: string }
  | { kind: "session"; key: string } // storage refused: shown for this page only
  | { kind: "cancelled" };

let answer: ((choice: ImportAnswer) => void) | null = null;

// Asks "Replace or keep both?" (ReplaceOrKeepDialog shows it) and waits for the answer.
function ask(question: ImportQuestion): Promise<ImportAnswer> {
  answer?.("cancel");
  return new Promise((resolve) => {
    answer = resolve;
    setState({ importQuestion: question });
  });
}

export function answerImportQuestion(choice: ImportAnswer): void {
  setState({ importQuestion: null });
  const resolve = answer;
  answer = null;
  resolve?.(choice);
}

// Keeps `input` in the library. If a readable stored dataset has the same meta.id, asks
// whether to replace it or keep both; a record that cannot be read is never replaced, and
// a replace that finds the record changed since it was asked about keeps both instead.
export async function keepDataset(input: DatasetToKeep): Promise<KeepOutcome> {
  const storage = await import("../storage/datasetLibrary");
  const { meta } = input.dataset;
  // Asked of storage itself, not of this tab's list, which another tab may have outdated.
  const listing = await storage.readListing().catch(() => null);
  const match = listing?.summaries.find(
    (summary) => summary.damage === null && summary.metaId === meta.id,
  );
  let intent: Exclude<WriteIntent, { kind: "remove" }> = { kind: "add", wantedKey: meta.id };
  if (match) {
    const choice = await ask({
      fileName: input.fileName,
      title: meta.title,
      existing: entryFromSummary(match),
    });
    if (choice === "cancel") return { kind: "cancelled" };
    if (choice === "replace")
      intent = { kind: "replace", key: match.key, expectedRevision: match.revision };
  }
  return runInLibraryQueue(async () => {
    const facts = {
      fileName: input.fileName,
      importedAt: input.importedAt,
      json: input.json,
      title: meta.title,
      metaId: meta.id,
      statementCount: input.dataset.statements.length,
    };
    try {
      let outcome = await storage.writeDataset(intent, facts, RESERVED, input.history);
      if (!outcome.ok) {
        getState().notify(
          `“${match?.title ?? meta.title}” was changed or removed in another tab meanwhile, so it was not replaced: both are kept.`,
        );
        intent = { kind: "add", wantedKey: meta.id };
        outcome = await storage.writeDataset(intent, facts, RESERVED, input.history);
      }
      if (!outcome.ok) throw new Error("the library refused a new dataset");
      const isReplace = intent.kind === "replace";
      announceLibraryChange({ type: isReplace ? "changed" : "imported", key: outcome.key });
      addToLibrary(listed(facts, outcome.key, outcome.revision), input.dataset);
      return { kind: "kept", key: outcome.key };
    } catch (error) {
      const key = sessionKey(meta.id);
      addToLibrary({ ...listed(facts, key, null), status: "session" }, input.dataset);
      getState().notify(
        `${reasonOf(error)} “${meta.title}” is shown for this session only.`,
        "error",
      );
      return { kind: "session", key };
    }
  });
}

function listed(
  facts: Omit<LibraryEntry, "key" | "revision" | "status">,
  key: string,
  revision: string | null,
): LibraryEntry {
  const { fileName, importedAt, title, metaId, statementCount } = facts;
  return { key, fileName, importedAt, title, metaId, statementCount, revision, status: "kept" };
}

// Lists `entry` (new, or in place of the one with its key) with its dataset in memory.
export function addToLibrary(entry: LibraryEntry, dataset: Dataset): void {
  setState((state) => ({
    library: [...state.library.filter((kept) => kept.key !== entry.key), entry],
    openedDatasets: new Map(state.openedDatasets).set(entry.key, dataset),
  }));
}

// A key for a dataset shown for this page only: unlike any this page lists.
function sessionKey(wanted: string): string {
  const taken = new Set([DEFAULT_DATASET_KEY, ...getState().library.map((entry) => entry.key)]);
  let key = wanted;
  for (let n = 2; taken.has(key); n++) key = `${wanted}-${n}`;
  return key;
}
