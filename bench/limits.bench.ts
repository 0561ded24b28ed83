// The browser benchmark at the dataset limits (100 parties, 200 issues, 90,000 statements,
// 3,600 sources; one matrix cell of 20,000 statements): after each view's first render, no
// task on the main thread may run over 200 ms while the user scrolls, pages and opens things.
// Part of `npm run bench`'s browser run; alone: `npx playwright test -c bench/browser.config.ts
// bench/limits.bench.ts`.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import { generateDataset } from "../src/domain/synth/generateDataset";
import { updateResults } from "./results";

const MAX_TASK_MS = 200;
const OUT = fileURLToPath(new URL("./out/", import.meta.url));
// 90,000 statements spread over 100 parties and 200 issues (43.6 MB: 100,000 of them would pass
// the 48 MB file limit, which binds first); the generator makes one source per 25 statements,
// so 3,600 sources.
const WIDE = { statements: 90_000, parties: 100, issues: 200, seed: 11 };
// Two parties on one issue: each cell holds about 20,000 statements.
const DEEP = { statements: 40_000, parties: 2, issues: 1, seed: 12 };

function datasetFile(name: string, options: typeof WIDE): string {
  const path = `${OUT}limits-${name}.json`;
  if (!existsSync(path)) writeFileSync(path, JSON.stringify(generateDataset(options)));
  return path;
}

function recordLongTasks() {
  const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });
}

const now = (page: Page) => page.evaluate(() => performance.now());

// The longest task that started in [from, now], 0 if none ran over 50 ms.
const longestTaskSince = (page: Page, from: number) =>
  page.evaluate(
    (from) =>
      Math.max(
        0,
        ...(window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
          .filter((task) => task.start >= from)
          .map((task) => task.duration),
      ),
    from,
  );

const domNodes = (page: Page) => page.evaluate(() => document.getElementsByTagName("*").length);

async function openFile(page: Page, view: string, path: string) {
  await page.goto(`/?view=${view}`);
  await page.getByLabel("Open dataset…").setInputFiles(path);
  await expect(page.getByRole("status", { name: "Import progress" })).toHaveText(/^Opened /, {
    timeout: 240_000,
  });
}

// Scrolls the window to the bottom a screen at a time, a frame apart, as a reader would.
async function scrollToBottom(page: Page, maxSteps: number) {
  await page.evaluate(async (maxSteps) => {
    for (let step = 0; step < maxSteps; step++) {
      const before = window.scrollY;
      window.scrollBy(0, window.innerHeight);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));
      if (window.scrollY === before) break;
    }
  }, maxSteps);
}

async function measureSources(page: Page) {
  await openFile(page, "sources", datasetFile("wide", WIDE));
  const cards = page.getByRole("article");
  await expect(cards.first()).toBeVisible({ timeout: 60_000 });
  const nodesAtFirstRender = await domNodes(page);
  const from = await now(page);
  await cards
    .first()
    .getByRole("button", { name: /^Show its/ })
    .click();
  await scrollToBottom(page, 200);
  for (let page_ = 0; page_ < 3; page_++)
    await page.getByRole("button", { name: /^Show 100 more sources/ }).click();
  await expect(cards).toHaveCount(400);
  await scrollToBottom(page, 400);
  return {
    sources: 3_600,
    nodesAtFirstRender,
    nodesAfterFourPages: await domNodes(page),
    longestTaskAfterFirstRenderMs: await longestTaskSince(page, from),
  };
}

async function measureTimeline(page: Page) {
  const start = await now(page);
  await page.getByRole("tab", { name: "Timeline" }).click();
  await expect(page.locator("figure [role=img] svg").first()).toBeVisible({ timeout: 60_000 });
  const firstChartMs = (await now(page)) - start;
  const from = await now(page);
  const chartsAtFirstRender = await page.locator("figure [role=img] svg").count();
  await scrollToBottom(page, 2_000);
  return {
    issues: WIDE.issues,
    parties: WIDE.parties,
    firstChartMs,
    chartsAtFirstRender,
    chartsAfterScrolling: await page.locator("figure [role=img] svg").count(),
    longestTaskAfterFirstRenderMs: await longestTaskSince(page, from),
  };
}

async function measureCellDrawer(page: Page) {
  await openFile(page, "matrix", datasetFile("deep", DEEP));
  const cell = page.locator("[data-cell-key]").first();
  const start = await now(page);
  await cell.click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("listitem").first()).toBeVisible();
  const openMs = (await now(page)) - start;
  const from = await now(page);
  for (let page_ = 0; page_ < 3; page_++)
    await dialog.getByRole("button", { name: /^Show 50 more statements/ }).click();
  await expect(dialog.getByRole("listitem")).toHaveCount(200);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  return { openMs, longestTaskAfterFirstRenderMs: await longestTaskSince(page, from) };
}

test("every view stays responsive at the dataset limits", async ({ browser }) => {
  test.setTimeout(900_000);
  mkdirSync(OUT, { recursive: true });
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.addInitScript(recordLongTasks);
  const sources = await measureSources(page);
  const timeline = await measureTimeline(page);
  const cellDrawer = await measureCellDrawer(page);
  await context.close();
  const summary = {
    date: new Date().toISOString(),
    maxTaskMs: MAX_TASK_MS,
    sources,
    timeline,
    cellDrawer,
  };
  console.log(JSON.stringify(summary, null, 2));
  updateResults("limits", summary);
  expect(errors).toEqual([]);
  for (const [view, result] of Object.entries({ sources, timeline, cellDrawer }))
    expect.soft(result.longestTaskAfterFirstRenderMs, view).toBeLessThanOrEqual(MAX_TASK_MS);
});
