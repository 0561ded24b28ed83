// Runs an import in a Web Worker; resolves with the worker's result.
import { sizeRefusal } from "../domain/import/fileSize";
import type { FileReadResult } from "../domain/import/readDatasetFile";
import type { ImportMessage, ImportRequest } from "./importWorker";

export async function importInWorker(
  file: File,
  onProgress: (stage: string) => void,
): Promise<FileReadResult> {
  // Refused unread: reading a multi-gigabyte file into memory could take the tab down.
  const tooLarge = sizeRefusal(file.name, file.size);
  if (tooLarge) return { ok: false, message: tooLarge, problems: [] };
  onProgress("Reading the file");
  const buffer = await file.arrayBuffer();
  const worker = new Worker(new URL("./importWorker.ts", import.meta.url), { type: "module" });
  try {
    return await new Promise<FileReadResult>((resolve) => {
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
