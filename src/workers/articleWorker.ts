// Reads an article file off the main thread: its bytes decoded (UTF-8, or windows-1252 when
// they are not UTF-8) and, for HTML, reduced to its text. A 4 MB HTML file then never holds
// the page, and the reduction reports how far it has come.
import { decodeArticle } from "../domain/edit/decodeArticle";
import { htmlToText } from "../domain/edit/htmlToText";
import { reasonOf } from "../domain/result";

export type ArticleRequest = { name: string; isHtml: boolean; buffer: ArrayBuffer };
// `note` says how the bytes were read when that was not UTF-8 ("" when it was).
export type ArticleResult =
  | { ok: true; text: string; note: string }
  | { ok: false; message: string };
export type ArticleMessage =
  | { kind: "progress"; share: number }
  | { kind: "done"; result: ArticleResult };

function readArticle({ isHtml, buffer }: ArticleRequest, onProgress: (share: number) => void) {
  const { text, note } = decodeArticle(new Uint8Array(buffer));
  return { text: isHtml ? htmlToText(text, onProgress) : text, note };
}

self.onmessage = (event: MessageEvent<ArticleRequest>) => {
  const post = (message: ArticleMessage) => self.postMessage(message);
  try {
    const article = readArticle(event.data, (share) => post({ kind: "progress", share }));
    post({ kind: "done", result: { ok: true, ...article } });
  } catch (error) {
    // Decoding and reduction return text for any bytes; this is only for the unforeseen
    // (running out of memory).
    post({
      kind: "done",
      result: { ok: false, message: `${event.data.name} could not be read (${reasonOf(error)}).` },
    });
  }
};
