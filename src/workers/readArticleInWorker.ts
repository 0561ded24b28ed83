// Reads an article file in a Web Worker (articleWorker.ts); resolves with its text and how it
// was decoded. `onProgress` is told the share of an HTML file reduced so far.
import type { ArticleMessage, ArticleRequest, ArticleResult } from "./articleWorker";

export async function readArticleInWorker(
  file: File,
  isHtml: boolean,
  onProgress: (share: number) => void,
): Promise<ArticleResult> {
  // Started before the file is read, so loading the worker's script overlaps it.
  const worker = new Worker(new URL("./articleWorker.ts", import.meta.url), { type: "module" });
  try {
    const buffer = await file.arrayBuffer();
    return await new Promise<ArticleResult>((resolve) => {
      worker.onmessage = (event: MessageEvent<ArticleMessage>) => {
        if (event.data.kind === "progress") onProgress(event.data.share);
        else resolve(event.data.result);
      };
      worker.onerror = (event) =>
        resolve({ ok: false, message: `${file.name} could not be read (${event.message}).` });
      const request: ArticleRequest = { name: file.name, isHtml, buffer };
      worker.postMessage(request, [buffer]);
    });
  } finally {
    worker.terminate();
  }
}
