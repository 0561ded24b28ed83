// `npm run propose -- <article.txt|.html> --published YYYY-MM-DD [--dataset file.json]`: prints
// the proposals for every quoted passage of an article as JSON, one object per candidate, from
// the same proposeStatements the app's reader calls. A batch coder can run it over a folder.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { decodeArticle } from "../src/domain/edit/decodeArticle";
import { htmlToText } from "../src/domain/edit/htmlToText";
import { readDatasetFile } from "../src/domain/import/readDatasetFile";
import { proposeStatements } from "../src/domain/propose/proposeStatements";
import type { Dataset } from "../src/domain/schema";

const USAGE =
  "Usage: npm run propose -- <article.txt|.html> --published YYYY-MM-DD [--dataset file.json]\n" +
  "  --published none  for an article without a date (then no date is proposed)";

function fail(message: string): never {
  console.error(message);
  console.error(USAGE);
  process.exit(2);
}

const args = process.argv.slice(2);
let file: string | undefined;
let published: string | null | undefined;
let datasetFile: string | undefined;
for (let index = 0; index < args.length; index++) {
  const arg = args[index];
  if (arg === "--published") published = args[++index] ?? fail("--published needs a date");
  else if (arg === "--dataset") datasetFile = args[++index] ?? fail("--dataset needs a file");
  else if (arg?.startsWith("--")) fail(`Unknown option ${arg}`);
  else if (file === undefined) file = arg;
  else fail(`One article at a time: ${arg}`);
}
if (!file) fail("Name an article file.");
if (published === undefined)
  fail("Give the article's published date with --published (or --published none).");
if (published === "none") published = null;
else if (
  published === null ||
  !/^\d{4}-\d{2}-\d{2}$/.test(published) ||
  Number.isNaN(Date.parse(published))
)
  fail(`--published ${published}: expected YYYY-MM-DD`);

let raw: string;
try {
  // Decoded as the app decodes it: UTF-8, or windows-1252 when the bytes are not UTF-8.
  const decoded = decodeArticle(readFileSync(file));
  if (decoded.note) console.error(`${file}: ${decoded.note}`);
  raw = decoded.text;
} catch (error) {
  fail(`${file}: cannot read the file: ${(error as Error).message}`);
}
const text = /\.html?$/i.test(file) ? htmlToText(raw) : raw;

let dataset: Dataset | undefined;
if (datasetFile) {
  const today = new Date().toISOString().slice(0, 10);
  const result = readDatasetFile({
    name: basename(datasetFile),
    bytes: readFileSync(datasetFile),
    today,
  });
  if (!result.ok) fail(`${datasetFile}: ${result.message}`);
  dataset = result.value;
}

const proposals = proposeStatements(text, { published, dataset });
console.log(JSON.stringify(proposals, null, 2));
