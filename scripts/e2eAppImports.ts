// Finds e2e files that import the app's code (anything under src/) for more than its types.
// A spec that computed what it expects with the app's own functions would pass whenever the
// app is wrong in the same way (issue: "tests that can catch the code"); expected values are
// written out or read from fixture files. Types cost nothing at run time, so they may be shared.
import { posix } from "node:path";
import type { SourceFile } from "./crossViewImports";

export interface AppImport {
  path: string;
  line: number;
  specifier: string;
}

// `import … from "…"`, `export … from "…"`, `import "…"` and `import("…")`; a statement that
// begins `import type` or `export type` is the one kind allowed.
const STATEMENT = /^\s*(import|export)\s+(type\s+)?[^;]*?["']([^"']+)["']/gm;
const DYNAMIC = /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g;

function isAppPath(file: string, specifier: string): boolean {
  if (!specifier.startsWith(".")) return false;
  const target = posix.normalize(posix.join(posix.dirname(file), specifier));
  return target === "src" || target.startsWith("src/");
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split("\n").length;
}

export function findE2eAppImports(files: readonly SourceFile[]): AppImport[] {
  const found: AppImport[] = [];
  for (const file of files) {
    for (const match of file.text.matchAll(STATEMENT)) {
      const specifier = match[3] ?? "";
      if (match[2] === undefined && isAppPath(file.path, specifier))
        found.push({ path: file.path, line: lineAt(file.text, match.index), specifier });
    }
    for (const match of file.text.matchAll(DYNAMIC)) {
      const specifier = match[1] ?? "";
      if (isAppPath(file.path, specifier))
        found.push({ path: file.path, line: lineAt(file.text, match.index), specifier });
    }
  }
  return found;
}

export function describeE2eAppImport(offence: AppImport): string {
  return `${offence.path}:${offence.line} imports "${offence.specifier}": an e2e test may import only types from src/; write the expected value out or read it from a fixture file.`;
}
