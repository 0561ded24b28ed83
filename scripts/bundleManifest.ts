// Reads Vite's build manifest (.vite/manifest.json): which files the first view loads.
// Pure, so it is unit-tested without a build.

export interface ManifestChunk {
  file: string;
  name?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

// The app's start (src/start.tsx, built as the chunk named "start") is imported dynamically
// by the entry right after the prerendered page has painted: part of the first view, not
// loaded on demand.
const isStart = (key: string, chunk: ManifestChunk | undefined) =>
  key === "src/start.tsx" || chunk?.name === "start";

// Returns the files the first view loads: each entry chunk, the app's start, every chunk they
// import statically (transitively), and their CSS. Other dynamic imports load on demand.
export function firstViewFiles(manifest: Manifest): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.isEntry) continue;
    visit(key);
    for (const dynamic of chunk.dynamicImports ?? [])
      if (isStart(dynamic, manifest[dynamic])) visit(dynamic);
  }
  return files;
}
