// `npm run validate -- <file>`: prints every problem in a dataset file and exits 1 on any.
import { readFileSync } from "node:fs";
import { formatProblem, parseDataset } from "../src/domain/validate";

const files = process.argv.slice(2);
if (files.length === 0) files.push("data/russia-ukraine.json");

let failed = false;
for (const file of files) {
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    console.error(`${file}: cannot read as JSON: ${(error as Error).message}`);
    failed = true;
    continue;
  }
  const result = parseDataset(input);
  if (result.ok) {
    const { statements, parties, issues, sources } = result.dataset;
    console.log(
      `${file}: valid (${statements.length} statements, ${parties.length} parties, ${issues.length} issues, ${sources.length} sources)`,
    );
  } else {
    failed = true;
    console.error(`${file}: ${result.problems.length} problem(s)`);
    for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
  }
}
process.exit(failed ? 1 : 0);
