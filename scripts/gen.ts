// `npm run gen -- --statements 100000 --out <file> [--seed N]`: writes a generated dataset.
import { writeFileSync } from "node:fs";
import { generateDataset } from "../src/domain/synth/generateDataset";

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

const statements = Number(option("statements") ?? "1000");
const out = option("out");
const seed = option("seed");
if (!Number.isInteger(statements) || statements < 0 || !out) {
  console.error("usage: npm run gen -- --statements <count> --out <file> [--seed <n>]");
  process.exit(2);
}
const dataset = generateDataset({
  statements,
  seed: seed === undefined ? undefined : Number(seed),
});
writeFileSync(out, JSON.stringify(dataset));
console.log(
  `${out}: ${statements} statements, ${dataset.parties.length} parties, ${dataset.issues.length} issues`,
);
