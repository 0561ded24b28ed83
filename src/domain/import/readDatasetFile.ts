// Turns the bytes of a file a user opened into a dataset, or into a clear refusal.
// Runs in a Web Worker in the app and directly in tests; nothing here touches the DOM.
// Never throws: every failure, foreseen or not, comes back as a Failure with a message.

import { describeLimits, LIMIT_NOTE } from "../limits";
import type { Failure, Success } from "../result";
import { reasonOf } from "../result";
import type { Dataset } from "../schema";
import { parseDataset } from "../validate";
import { MAX_FILE_BYTES, sizeRefusal } from "./fileSize";
import { datasetFromStatementsCsv } from "./statementsCsv";

export { MAX_FILE_BYTES };

// On failure `message` is always set: one sentence naming the file and what is wrong with it.
export type FileReadFailure = Failure & { message: string };
export type FileReadResult = Success<Dataset> | FileReadFailure;

export interface FileToRead {
  name: string;
  bytes: Uint8Array;
  today: string;
}

const refuse = (message: string): FileReadFailure => ({ ok: false, problems: [], message });

// "data.json is not a valid Parley dataset (130,000 problems; the first 1,000 are listed)."
function invalid(name: string, what: string, failure: Failure): FileReadFailure {
  const total = failure.problemCount ?? failure.problems.length;
  const listed =
    total > failure.problems.length
      ? ` (${total.toLocaleString("en-GB")} problems; the first ${failure.problems.length.toLocaleString("en-GB")} are listed)`
      : "";
  const limits = failure.problems.some((p) => p.expected.includes(LIMIT_NOTE))
    ? ` ${describeLimits()}`
    : "";
  return { ...failure, message: `${name} is not a valid ${what}${listed}.${limits}` };
}

function readText({ name, bytes, today }: FileToRead): FileReadResult {
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
    return result.ok ? result : invalid(name, "statements CSV", result);
  }
  let input: unknown;
  try {
    input = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    // Deeply nested junk ends here too: JSON.parse throws a RangeError instead of hanging.
    const reason = reasonOf(error);
    return refuse(`${name} is not valid JSON (${reason}).`);
  }
  const result = parseDataset(input);
  return result.ok ? result : invalid(name, "Parley dataset", result);
}

export function readDatasetFile(file: FileToRead): FileReadResult {
  try {
    return readText(file);
  } catch (error) {
    // Only for the unforeseen (e.g. memory running out): the contract is a result, never a throw.
    const reason = reasonOf(error);
    return refuse(`${file.name} could not be read (${reason}).`);
  }
}
