// Reads and validates an opened file off the main thread, so a large import never freezes the
// page. Posts progress stages, then the result.
import { readDatasetFile } from "../domain/import/readDatasetFile";

export type ImportRequest = { name: string; buffer: ArrayBuffer; today: string };
export type ImportMessage =
  | { kind: "progress"; stage: string }
  | { kind: "done"; result: ReturnType<typeof readDatasetFile> };

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { name, buffer, today } = event.data;
  const post = (message: ImportMessage) => self.postMessage(message);
  post({ kind: "progress", stage: "Checking and validating" });
  try {
    post({ kind: "done", result: readDatasetFile({ name, bytes: new Uint8Array(buffer), today }) });
  } catch (error) {
    // readDatasetFile returns its refusals; this is only for the unforeseen.
    post({
      kind: "done",
      result: {
        ok: false,
        message: `${name} could not be read (${error instanceof Error ? error.message : String(error)}).`,
        problems: [],
      },
    });
  }
};
