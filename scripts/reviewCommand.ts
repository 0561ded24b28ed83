// `npm run review -- <file> [--json]`, as a function of its arguments and a file reader, so its
// output and exit codes are tested without a child process. Reads through readDatasetFile, the
// reader `npm run validate` and the app's import use, so all three accept the same files.
import { basename } from "node:path";
import { readDatasetFile } from "../src/domain/import/readDatasetFile";
import { formatReviewJson, formatReviewText } from "../src/domain/review/formatReview";
import { reviewDataset } from "../src/domain/review/reviewDataset";
import { formatProblem } from "../src/domain/validate";

export interface CommandOutput {
  stdout: string[];
  stderr: string[];
  // 0: nothing unresolved; 1: something unresolved; 2: the input could not be read.
  code: 0 | 1 | 2;
}

const USAGE = "usage: npm run review -- <dataset.json or statements.csv> [--json]";

export function runReview(
  args: readonly string[],
  readFile: (file: string) => Uint8Array,
  today: string,
): CommandOutput {
  const isJson = args.includes("--json");
  const files = args.filter((arg) => arg !== "--json");
  if (files.length !== 1 || files[0]?.startsWith("-"))
    return { stdout: [], stderr: [USAGE], code: 2 };
  const file = files[0] as string;
  let bytes: Uint8Array;
  try {
    bytes = readFile(file);
  } catch (error) {
    return {
      stdout: [],
      stderr: [`${file}: cannot read the file: ${(error as Error).message}`],
      code: 2,
    };
  }
  const result = readDatasetFile({ name: basename(file), bytes, today });
  if (!result.ok)
    return {
      stdout: [],
      stderr: [
        `${file}: ${result.message}`,
        ...result.problems.map((p) => `  ${formatProblem(p)}`),
      ],
      code: 2,
    };
  const review = reviewDataset(result.value);
  return {
    stdout: isJson ? formatReviewJson(review) : formatReviewText(file, review),
    stderr: [],
    code: review.unresolved > 0 ? 1 : 0,
  };
}
