// Part of `npm run lint`: fails, listing each offending import, when a file in one view folder
// imports from another (STYLE.md: "a view never reaches into another view's folder"), or an
// e2e file imports the app's code for more than its types. The other layer rules (domain, ui,
// state) are Biome overrides in biome.json.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describeCrossViewImport, findCrossViewImports, type SourceFile } from "./crossViewImports";
import { describeE2eAppImport, findE2eAppImports } from "./e2eAppImports";

function sourceFiles(dir: string): SourceFile[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name).replaceAll("\\", "/");
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|jsx|mjs)$/.test(entry.name)
      ? [{ path, text: readFileSync(path, "utf8") }]
      : [];
  });
}

const offences = findCrossViewImports(sourceFiles("src/views"));
for (const offence of offences) console.error(describeCrossViewImport(offence));
if (offences.length > 0)
  console.error(`${offences.length} import(s) cross from one view into another.`);

const e2eOffences = findE2eAppImports(sourceFiles("e2e"));
for (const offence of e2eOffences) console.error(describeE2eAppImport(offence));
if (e2eOffences.length > 0)
  console.error(`${e2eOffences.length} e2e import(s) use the app's code to compute expectations.`);

if (offences.length > 0 || e2eOffences.length > 0) process.exit(1);
