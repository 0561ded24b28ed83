// Part of `npm run lint`: fails, listing each offending import, when a file in one view folder
// imports from another (STYLE.md: "a view never reaches into another view's folder"). The other
// layer rules (domain, ui, state) are Biome overrides in biome.json.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describeCrossViewImport, findCrossViewImports, type SourceFile } from "./crossViewImports";

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
if (offences.length > 0) {
  for (const offence of offences) console.error(describeCrossViewImport(offence));
  console.error(`${offences.length} import(s) cross from one view into another.`);
  process.exit(1);
}
