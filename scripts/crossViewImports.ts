// Finds imports from one view folder (src/views/<view>/) into another. Biome's
// noRestrictedImports cannot say "any view but my own" without one override per view, which a
// new view would silently escape; this check covers every folder under src/views by itself.
import { posix } from "node:path";

export interface SourceFile {
  path: string; // repository-relative, forward slashes: "src/views/matrix/MatrixView.tsx"
  text: string;
}

export interface CrossViewImport {
  path: string;
  line: number;
  specifier: string;
  fromView: string;
  toView: string;
}

// Static imports and re-exports (`from "…"`), side-effect imports (`import "…"`) and dynamic
// `import("…")`; type-only imports count too, as they couple the two folders all the same.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g;

export function viewOf(path: string): string | null {
  const match = /^src\/views\/([^/]+)\//.exec(path);
  return match?.[1] ?? null;
}

export function findCrossViewImports(files: readonly SourceFile[]): CrossViewImport[] {
  const found: CrossViewImport[] = [];
  for (const file of files) {
    const fromView = viewOf(file.path);
    if (fromView === null) continue;
    const lines = file.text.split("\n");
    lines.forEach((text, index) => {
      for (const match of text.matchAll(SPECIFIER)) {
        const specifier = match[1] ?? "";
        if (!specifier.startsWith(".")) continue;
        const target = posix.normalize(posix.join(posix.dirname(file.path), specifier));
        const toView = viewOf(`${target}/`);
        if (toView !== null && toView !== fromView)
          found.push({ path: file.path, line: index + 1, specifier, fromView, toView });
      }
    });
  }
  return found;
}

export function describeCrossViewImport(offence: CrossViewImport): string {
  return `${offence.path}:${offence.line} imports "${offence.specifier}": the ${offence.fromView} view may not reach into the ${offence.toView} view; move what both need down into src/ui or src/domain.`;
}
