// Runs an import in a Web Worker; resolves with the worker's result.

import { type QuotesNotInText, quotesMissingNote } from "../domain/edit/quotesNotInText";
import { sizeRefusal } from "../domain/import/fileSize";
import type { FileReadFailure } from "../domain/import/readDatasetFile";
import type { Success } from "../domain/result";
import type { Dataset } from "../domain/schema";
import type { ImportMessage, ImportRequest, WorkerResult } from "./importWorker";

// The dataset, the JSON text it was parsed from (what the library stores) and the quotes its
// sources' texts do not hold (null if none is missing), with the words the import status adds
// for them ("; 1 quote is not…", or ""). `warnings` says what the import left out (fields the
// contract does not know), for a notice.
export interface ImportedDataset {
  dataset: Dataset;
  json: string;
  quotesNotInText: QuotesNotInText | null;
  quoteNote: string;
}
export type ImportResult = Success<ImportedDataset> | FileReadFailure;

export async function importInWorker(
  file: File,
  onProgress: (stage: string) => void,
): Promise<ImportResult> {
  const result = await runWorker(file, onProgress);
  if (!result.ok) return result;
  // The worker validated exactly this text, so it is parsed here without a second check.
  const { json, quotesNotInText } = result.value;
  const dataset = JSON.parse(json) as Dataset;
  const missing = quotesNotInText && quotesNotInText.total > 0 ? quotesNotInText : null;
  const quoteNote = missing ? `; ${quotesMissingNote(missing.total)}` : "";
  return {
    ok: true,
    value: { dataset, json, quotesNotInText: missing, quoteNote },
    warnings: result.warnings,
  };
}

async function runWorker(file: File, onProgress: (stage: string) => void): Promise<WorkerResult> {
  // Refused unread: reading a multi-gigabyte file into memory could take the tab down.
  const tooLarge = sizeRefusal(file.name, file.size);
  if (tooLarge) return { ok: false, message: tooLarge, problems: [] };
  onProgress("Reading the file");
  // Started before the file is read, so loading the worker's script (and zod) overlaps it.
  const worker = new Worker(new URL("./importWorker.ts", import.meta.url), { type: "module" });
  try {
    const buffer = await file.arrayBuffer();
    return await new Promise<WorkerResult>((resolve) => {
      worker.onmessage = (event: MessageEvent<ImportMessage>) => {
        if (event.data.kind === "progress") onProgress(event.data.stage);
        else resolve(event.data.result);
      };
      worker.onerror = (event) =>
        resolve({
          ok: false,
          message: `${file.name} could not be read (${event.message}).`,
          problems: [],
        });
      const request: ImportRequest = {
        name: file.name,
        buffer,
        today: new Date().toISOString().slice(0, 10),
      };
      worker.postMessage(request, [buffer]);
    });
  } finally {
    worker.terminate();
  }
}
