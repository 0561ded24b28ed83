// Parley shows text from news articles and from files users import; it must never turn that
// text into markup or code. Biome's security rules catch React's raw-HTML prop and eval in
// JSX and calls; this scan also catches the DOM sinks no lint rule covers. (The prop's name is
// spelt in pieces below so that this file does not match the very scan it defines.)
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL(".", import.meta.url));

const SINKS: readonly [string, RegExp][] = [
  ["React's raw-HTML prop", new RegExp(["dangerously", "Set", "Inner", "HTML"].join(""))],
  ["innerHTML / outerHTML", /\.(inner|outer)HTML\b/],
  ["insertAdjacentHTML", /insertAdjacentHTML/],
  ["document.write", /document\.write/],
  ["createContextualFragment", /createContextualFragment/],
  ["DOMParser text/html", /parseFromString\([^)]*text\/html/],
  ["eval", /\beval\s*\(/],
  ["new Function", /new\s+Function\s*\(/],
  ["srcdoc", /srcdoc/i],
  ["javascript: URL", /["'`]javascript:/i],
];

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    // Tests and their fixtures are left out: they hold hostile strings on purpose.
    if (entry.isDirectory()) return entry.name === "__fixtures__" ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe("no HTML or code sinks in src/", () => {
  const files = sourceFiles(SRC);

  it("finds the source files to scan", () => {
    expect(files.some((file) => file.endsWith("App.tsx"))).toBe(true);
  });

  it.each(SINKS)("uses no %s", (_name, pattern) => {
    const offenders = files
      .filter((file) => pattern.test(readFileSync(file, "utf8")))
      .map((file) => relative(SRC, file));
    expect(offenders).toEqual([]);
  });

  it("links to other sites only through ExternalLink, which checks the URL", () => {
    const offenders = files
      .filter((file) => !file.endsWith("ExternalLink.tsx"))
      .filter((file) => /target="_blank"|href=\{(?!`#)/.test(readFileSync(file, "utf8")))
      .map((file) => relative(SRC, file));
    expect(offenders).toEqual([]);
  });
});
