// Reads and validates an opened file off the main thread, so a large import never freezes the
// page. Posts progress stages, then the result.
import { listQuotesNotInText, type QuotesNotInText } from "../domain/edit/quotesNotInText";
import type { FileReadFailure } from "../domain/import/readDatasetFile";
import { readDatasetFile } from "../domain/import/readDatasetFile";
import type { Success } from "../domain/result";
import { reasonOf } from "../domain/result";

export type ImportRequest = { name: string; buffer: ArrayBuffer; today: string };
// A valid dataset comes back as JSON text, not as objects. At 100k statements, parsing the
// text costs the main thread about what deserialising the posted objects would (both about
// 0.2–0.5 s in Chromium, measured side by side), but the same text can then be stored in
// IndexedDB as one string, where storing the objects serialised all 100k of them again.
// The quotes not found in their sources' texts are checked here too, off the main thread.
export type WorkerResult =
  | Success<{ json: string; quotesNotInText: QuotesNotInText | null }>
  | FileReadFailure;
export type ImportMessage =
  | { kind: "progress"; stage: string }
  | { kind: "done"; result: WorkerResult };

function readFile({ name, buffer, today }: ImportRequest): WorkerResult {
  const result = readDatasetFile({ name, bytes: new Uint8Array(buffer), today });
  if (!result.ok) return result;
  return {
    ok: true,
    value: {
      json: JSON.stringify(result.value),
      quotesNotInText: listQuotesNotInText(result.value),
    },
    warnings: result.warnings,
  };
}

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const post = (message: ImportMessage) => self.postMessage(message);
  post({ kind: "progress", stage: "Checking and validating" });
  try {
    post({ kind: "done", result: readFile(event.data) });
  } catch (error) {
    // readDatasetFile returns its refusals; this is only for the unforeseen (JSON.stringify
    // running out of memory).
    post({
      kind: "done",
      result: {
        ok: false,
        message: `${event.data.name} could not be read (${reasonOf(error)}).`,
        problems: [],
      },
    });
  }
};
