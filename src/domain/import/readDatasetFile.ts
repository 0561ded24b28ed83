// Turns the bytes of a file a user opened into a dataset, or into a clear refusal.
// Runs in a Web Worker in the app and directly in tests; nothing here touches the DOM.

import type { Dataset } from "../schema";
import { type Problem, parseDataset } from "../validate";
import { MAX_FILE_BYTES, sizeRefusal } from "./fileSize";
import { datasetFromStatementsCsv } from "./statementsCsv";

export { MAX_FILE_BYTES };

export type FileReadResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; message: string; problems: Problem[] };

export interface FileToRead {
  name: string;
  bytes: Uint8Array;
  today: string;
}

const refuse = (message: string): FileReadResult => ({ ok: false, message, problems: [] });

export function readDatasetFile({ name, bytes, today }: FileToRead): FileReadResult {
  if (bytes.byteLength === 0) return refuse(`${name} is empty.`);
  const tooLarge = sizeRefusal(name, bytes.byteLength);
  if (tooLarge) return refuse(tooLarge);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return refuse(
      `${name} is not UTF-8 text. Save it as UTF-8 (CSV UTF-8 in Excel) and try again.`,
    );
  }
  if (text.replace(/^\uFEFF/, "").trim() === "") return refuse(`${name} holds only white space.`);
  const looksLikeJson = /^\uFEFF?\s*[[{]/.test(text);
  if (
    name.toLowerCase().endsWith(".csv") ||
    (!name.toLowerCase().endsWith(".json") && !looksLikeJson)
  ) {
    const result = datasetFromStatementsCsv(text, { fileName: name, today });
    return result.ok
      ? result
      : { ok: false, message: `${name} is not a valid statements CSV.`, problems: result.problems };
  }
  let input: unknown;
  try {
    input = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    // Deeply nested junk ends here too: JSON.parse throws a RangeError instead of hanging.
    const reason = error instanceof Error ? error.message : String(error);
    return refuse(`${name} is not valid JSON (${reason}).`);
  }
  const result = parseDataset(input);
  return result.ok
    ? result
    : { ok: false, message: `${name} is not a valid Parley dataset.`, problems: result.problems };
}
