#!/usr/bin/env node
// Lighthouse's default preset (mobile: simulated slow 4G, 4x CPU slowdown) against the built
// app (`npm run build` first) on a static server that gzips as real hosts do. Issue 21's
// budget: performance 100 and LCP at most 1.0 s. Prints each run and the median; exits 1 when
// the median misses the budget. Run: `node bench/lighthouse-mobile.mjs [runs]`.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { createGzip } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { findChromium } from "../scripts/find-chromium.mjs";
import { CHROME_FLAGS } from "../scripts/lighthouse.mjs";

const DIST = "dist";
const PORT = 4186;
const RUNS = Number(process.argv[2] ?? 3);
const BUDGET = { performance: 100, lcpMs: 1000 };

/** @type {Record<string, string>} */
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

// A static host: gzip for text, long caching for hashed assets, index.html for the root.
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname));
  let file = join(DIST, path === "/" ? "index.html" : path);
  if (!file.startsWith(DIST) || !existsSync(file) || statSync(file).isDirectory())
    file = join(DIST, "index.html");
  const type = TYPES[extname(file)] ?? "application/octet-stream";
  const isText = /text|javascript|json|svg/.test(type);
  response.setHeader("Content-Type", type);
  if (file.includes("/assets/")) response.setHeader("Cache-Control", "public, max-age=31536000");
  if (isText && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "")) {
    response.setHeader("Content-Encoding", "gzip");
    createReadStream(file)
      .pipe(createGzip({ level: 6 }))
      .pipe(response);
  } else createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(PORT, "127.0.0.1", () => resolve(undefined)));

const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  // The flags the desktop Lighthouse run and the e2e tests use (root in CI, no internet).
  chromeFlags: CHROME_FLAGS,
});
/** @type {{ performance: number, lcpMs: number, fcpMs: number, tbtMs: number }[]} */
const runs = [];
try {
  for (let i = 0; i < RUNS; i++) {
    // No config: Lighthouse's defaults, the mobile preset with simulated throttling.
    const result = await lighthouse(`http://127.0.0.1:${PORT}/`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance"],
    });
    if (!result) throw new Error("Lighthouse returned nothing");
    const { categories, audits } = result.lhr;
    const run = {
      performance: Math.round((categories.performance?.score ?? 0) * 100),
      lcpMs: Math.round(audits["largest-contentful-paint"]?.numericValue ?? Number.NaN),
      fcpMs: Math.round(audits["first-contentful-paint"]?.numericValue ?? Number.NaN),
      tbtMs: Math.round(audits["total-blocking-time"]?.numericValue ?? Number.NaN),
    };
    runs.push(run);
    // Which element the LCP was, so a regression can be traced to what was painted late.
    const lcpElement = /** @type {any} */ (audits["largest-contentful-paint-element"])?.details
      ?.items?.[0]?.items?.[0]?.node?.snippet;
    if (lcpElement) console.log(`  LCP element: ${String(lcpElement).slice(0, 160)}`);
    console.log(`run ${i + 1}: ${JSON.stringify(run)}`);
  }
} finally {
  chrome.kill();
  server.close();
}
/** @param {"performance" | "lcpMs" | "fcpMs" | "tbtMs"} key */
const median = (key) =>
  [...runs.map((run) => run[key])].sort((a, b) => a - b)[Math.floor(runs.length / 2)] ?? Number.NaN;
const summary = {
  performance: median("performance"),
  lcpMs: median("lcpMs"),
  fcpMs: median("fcpMs"),
  tbtMs: median("tbtMs"),
};
console.log(`median: ${JSON.stringify(summary)}`);
const isMet = summary.performance >= BUDGET.performance && summary.lcpMs <= BUDGET.lcpMs;
console.log(
  isMet
    ? "budget met"
    : `budget missed (performance ${BUDGET.performance}, LCP ≤ ${BUDGET.lcpMs} ms)`,
);
process.exit(isMet ? 0 : 1);
