// Part of `npm run bench`: builds the app and records every JS and CSS file's raw and gzip
// size in bench/results.json, marking the ones the first view (the matrix) loads.
// Run alone: `npx tsx scripts/bundle-size.ts`.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { updateResults } from "../bench/results";
import { firstViewFiles, type Manifest } from "./bundleManifest";

// Issue 21's budget for the first view's JavaScript, gzip (was 110 KB).
const FIRST_VIEW_JS_BUDGET = 95 * 1024;
const OUT = "bench/out/dist";

execFileSync("npx", ["vite", "build", "--manifest", "--outDir", OUT, "--emptyOutDir"], {
  stdio: ["ignore", "ignore", "inherit"],
});
const manifest = JSON.parse(readFileSync(join(OUT, ".vite/manifest.json"), "utf8")) as Manifest;
const firstView = firstViewFiles(manifest);
// index.html is what the browser reads first: the entry the manifest names must be its script.
const html = readFileSync(join(OUT, "index.html"), "utf8");
for (const chunk of Object.values(manifest))
  if (chunk.isEntry && !html.includes(`/${chunk.file}"`))
    throw new Error(`index.html does not load the entry ${chunk.file}; the manifest is stale`);

const files = readdirSync(join(OUT, "assets"))
  .filter((name) => /\.(js|css)$/.test(name))
  .map((name) => {
    const bytes = readFileSync(join(OUT, "assets", name));
    const file = `assets/${name}`;
    return {
      file,
      kind: name.endsWith(".css") ? "css" : "js",
      rawBytes: bytes.length,
      gzipBytes: gzipSync(bytes, { level: 9 }).length,
      isFirstView: firstView.has(file),
    };
  })
  .sort((a, b) => Number(b.isFirstView) - Number(a.isFirstView) || b.gzipBytes - a.gzipBytes);

const sum = (kind: string) =>
  files
    .filter((file) => file.isFirstView && file.kind === kind)
    .reduce((total, file) => total + file.gzipBytes, 0);
const firstViewJsGzip = sum("js");
const firstViewCssGzip = sum("css");
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
// The default dataset is a file of its own beside the first view's JS (fetched with it,
// preloaded by index.html): its size apart, minified and compressed, as the browser gets it.
const datasetGzip = gzipSync(
  JSON.stringify(JSON.parse(readFileSync("data/russia-ukraine.json", "utf8"))),
  { level: 9 },
).length;

console.log("| file | loaded by | raw | gzip |");
console.log("| --- | --- | ---: | ---: |");
for (const file of files)
  console.log(
    `| ${file.file} | ${file.isFirstView ? "first view" : "lazily"} | ${kb(file.rawBytes)} | ${kb(file.gzipBytes)} |`,
  );
console.log(
  `First view: JS ${kb(firstViewJsGzip)} gzip (budget ${kb(FIRST_VIEW_JS_BUDGET)}: ${firstViewJsGzip <= FIRST_VIEW_JS_BUDGET ? "met" : "NOT met"}; plus the default dataset's JSON, ${kb(datasetGzip)}, fetched beside it), CSS ${kb(firstViewCssGzip)} gzip.`,
);
updateResults("bundle", {
  date: new Date().toISOString(),
  gzipLevel: 9,
  firstViewJsGzipBytes: firstViewJsGzip,
  firstViewCssGzipBytes: firstViewCssGzip,
  firstViewJsBudgetBytes: FIRST_VIEW_JS_BUDGET,
  defaultDatasetJsonGzipBytes: datasetGzip,
  files,
});
