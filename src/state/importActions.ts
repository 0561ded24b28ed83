// Opening a file: read and validated in the worker, kept in the library, then shown.

import { reasonOf } from "../domain/result";
import type { Dataset } from "../domain/schema";
import { loadLibrary, showOpened } from "./datasetActions";
import { keepDataset } from "./keepDataset";
import { useParleyStore } from "./store";

const { getState, setState } = useParleyStore;

function statementCount(dataset: Dataset): string {
  const count = dataset.statements.length;
  return `${count} ${count === 1 ? "statement" : "statements"}`;
}

let isImporting = false;

// Reads `file` in a worker; keeps it in the browser and then shows it if it is a valid
// dataset, else shows why not and leaves everything on screen as it was. The status says
// "Saving…" until the write has committed; nothing names the dataset before that.
export async function importDatasetFile(file: File): Promise<void> {
  if (isImporting) {
    getState().notify(`Still opening another file; open ${file.name} when it is done.`, "error");
    return;
  }
  isImporting = true;
  try {
    await importFile(file);
  } finally {
    isImporting = false;
  }
}

async function importFile(file: File): Promise<void> {
  const progress = (text: string) => setState({ importStatus: { text, isBusy: true } });
  const ended = (text: string) => setState({ importStatus: { text, isBusy: false } });
  progress(`Opening ${file.name}…`);
  setState({ importFailure: null, importQuoteReport: null });
  try {
    const [{ importInWorker }] = await Promise.all([
      import("../workers/importInWorker"),
      loadLibrary(),
    ]);
    const result = await importInWorker(file, (stage) => progress(`${file.name}: ${stage}…`));
    if (!result.ok) {
      setState({
        importFailure: { fileName: file.name, message: result.message, problems: result.problems },
      });
      ended(`Could not open ${file.name}.`);
      return;
    }
    const { dataset, json, quotesNotInText, quoteNote } = result.value;
    progress(`${file.name}: Saving…`);
    const outcome = await keepDataset({
      fileName: file.name,
      importedAt: new Date().toISOString(),
      dataset,
      json,
    });
    if (outcome.kind === "cancelled") {
      ended(`Did not keep ${file.name}: nothing has changed.`);
      return;
    }
    showOpened(outcome.key, dataset);
    if (quotesNotInText)
      setState({ importQuoteReport: { fileName: file.name, report: quotesNotInText } });
    ended(`Opened ${file.name}: ${statementCount(dataset)}${quoteNote}.`);
    // What the import left out (fields the contract does not know), said once it is kept.
    for (const warning of result.warnings) getState().notify(`${file.name}: ${warning}`);
  } catch (error) {
    setState({
      importFailure: {
        fileName: file.name,
        message: `${file.name} could not be opened (${reasonOf(error)}).`,
        problems: [],
      },
    });
    ended(`Could not open ${file.name}.`);
  }
}
