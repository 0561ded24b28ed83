// `npm run validate -- <file>`: prints every problem in a dataset file (the first 1,000, and
// how many in all) and exits 1 on any. Reads through readDatasetFile, the import's own reader,
// so the command and the app refuse the same files with the same words, and never a stack trace.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { readDatasetFile } from "../src/domain/import/readDatasetFile";
import { formatProblem } from "../src/domain/validate";

const files = process.argv.slice(2);
if (files.length === 0) files.push("data/russia-ukraine.json");

let failed = false;
for (const file of files) {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    console.error(`${file}: cannot read the file: ${(error as Error).message}`);
    failed = true;
    continue;
  }
  const today = new Date().toISOString().slice(0, 10);
  const result = readDatasetFile({ name: basename(file), bytes, today });
  if (result.ok) {
    const { statements, parties, issues, sources, events } = result.value;
    console.log(
      `${file}: valid (${statements.length} statements, ${parties.length} parties, ${issues.length} issues, ${sources.length} sources, ${events?.length ?? 0} events)`,
    );
    for (const warning of result.warnings) console.log(`  note: ${warning}`);
  } else {
    failed = true;
    console.error(`${file}: ${result.message}`);
    for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
  }
}
process.exit(failed ? 1 : 0);
