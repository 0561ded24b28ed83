// The browser part of `npm run bench` (not of `npm test`): Chromium against a fresh
// production build, one worker, so nothing else on the page competes with what is timed.
import { fileURLToPath } from "node:url";
import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "../scripts/find-chromium.mjs";

const port = Number(process.env.PARLEY_BENCH_PORT ?? process.env.PARLEY_E2E_PORT ?? 4273);
const outDir = "bench/out/dist-browser";
// Profiles (BENCH_PROFILE) are read by function name, so that build keeps its names.
const minify = process.env.BENCH_PROFILE ? " --minify false" : "";

export default defineConfig({
  testDir: ".",
  testMatch: /(browser|limits)\.bench\.ts$/,
  outputDir: "out/browser-results",
  workers: 1,
  retries: 0,
  timeout: 300_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices["Desktop Chrome"],
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: findChromium(),
      // --enable-precise-memory-info: performance.memory without the coarse buckets.
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--enable-precise-memory-info"],
    },
  },
  webServer: {
    // Always a fresh build: timing a stale one would measure code that no longer exists.
    command: `npx vite build --outDir ${outDir} --emptyOutDir${minify} && npx vite preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    // The repository root, where index.html and vite.config.ts are.
    cwd: fileURLToPath(new URL("..", import.meta.url)),
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
