#!/usr/bin/env node
// Runs Lighthouse against a URL in the same Chromium the end-to-end tests use, and returns the
// four category scores (0 to 100). The e2e suite asserts accessibility and best practices are
// 100 (e2e/lighthouse.spec.ts); `node scripts/lighthouse.mjs [url]` prints all four.
import { pathToFileURL } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { findChromium } from "./find-chromium.mjs";

// The flags playwright.config.ts uses, for the same reasons (root in CI, no internet), plus
// --headless=new, which renders like a headed Chromium.
export const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

/**
 * @param {string} url
 * @param {{ formFactor?: "desktop" | "mobile" }} [options]
 * @returns {Promise<{ scores: Record<string, number>, failing: string[] }>} the category scores,
 *   and one line per audit that lost points in accessibility or best practices.
 */
export async function runLighthouse(url, { formFactor = "desktop" } = {}) {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: CHROME_FLAGS,
  });
  try {
    const isDesktop = formFactor === "desktop";
    const result = await lighthouse(
      url,
      { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES },
      {
        extends: "lighthouse:default",
        settings: {
          formFactor,
          screenEmulation: isDesktop
            ? { mobile: false, width: 1280, height: 800, deviceScaleFactor: 1, disabled: false }
            : { mobile: true, width: 360, height: 740, deviceScaleFactor: 2, disabled: false },
          // Scores here measure the app, not a simulated slow network it is not served over.
          throttlingMethod: "provided",
        },
      },
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    /** @type {Record<string, number>} */
    const scores = {};
    for (const id of CATEGORIES) scores[id] = Math.round((categories[id]?.score ?? 0) * 100);
    const failing = CATEGORIES.flatMap((id) =>
      (categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${id}: ${ref.id}: ${audits[ref.id]?.title}`),
    );
    return { scores, failing };
  } finally {
    chrome.kill();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const url = process.argv[2] ?? "http://127.0.0.1:4173/";
  const { scores, failing } = await runLighthouse(url);
  for (const [id, score] of Object.entries(scores)) console.log(`${id.padEnd(15)} ${score}`);
  for (const line of failing) console.log(`  loses points: ${line}`);
}
