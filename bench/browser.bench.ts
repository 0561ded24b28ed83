// The browser part of `npm run bench`: Chromium, production build, a generated dataset of
// 100k statements opened through the real "Open dataset…" input. Measures what a user waits
// for, each to the next paint after the DOM shows the right answer; records long tasks and
// frame times. Run alone: `npx playwright test -c bench/browser.config.ts`.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { filterStatements } from "../src/domain/filterStatements";
import { generateDataset } from "../src/domain/synth/generateDataset";
import { median, updateResults } from "./results";

const STATEMENTS = 100_000;
const RUNS = Number(process.env.BENCH_BROWSER_RUNS ?? 3);
const QUERY = "ceasefire talks";
const SCROLL_ROWS = 10_000;
const OUT = fileURLToPath(new URL("./out/", import.meta.url));
const DATA = `${OUT}generated-${STATEMENTS}.json`;

const dataset = generateDataset({ statements: STATEMENTS });
// What the table must show after each keystroke, from the same selector the app uses.
const expectedCounts = [...QUERY].map(
  (_, i) => filterStatements(dataset, { text: QUERY.slice(0, i + 1) }).length,
);

interface Run {
  importToMatrixMs: number;
  longestTaskDuringImportMs: number;
  heapAfterLoadMB: number;
  keystrokeToPaintMs: number[];
  keystrokeInteractionMs: number[];
  longTasksWhileTypingMs: number[];
  timelineSwitchMs: number;
  scroll: {
    rows: number;
    ms: number;
    frameMs: { median: number; p95: number; max: number };
    framesOver50Ms: number;
    longTasksMs: number[];
  };
}

// Installed before any page script: every long task and every slow event, with start times,
// so each phase can take the ones inside its own window.
function observePerformance() {
  const w = window as unknown as {
    __longTasks: { start: number; duration: number }[];
    __events: { name: string; start: number; duration: number; interactionId: number }[];
  };
  w.__longTasks = [];
  w.__events = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[])
      w.__events.push({
        name: entry.name,
        start: entry.startTime,
        duration: entry.duration,
        interactionId: entry.interactionId,
      });
  }).observe({ type: "event", buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
}

const now = (page: Page) => page.evaluate(() => performance.now());

const longTasksBetween = (page: Page, from: number, to: number) =>
  page.evaluate(
    ({ from, to }) =>
      (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
        .filter((task) => task.start >= from && task.start <= to)
        .map((task) => task.duration),
    { from, to },
  );

// Resolves, in the page, with the time from `startEvent` (captured on document) to the first
// paint after `isDone()` holds; checks after every animation frame and DOM change.
function armTimer(page: Page, startEvent: string, doneScript: string) {
  return page.evaluate(
    ({ startEvent, doneScript }) => {
      const isDone = new Function(`return (${doneScript})`) as () => boolean;
      const w = window as unknown as { __timer: Promise<number> };
      w.__timer = new Promise<number>((resolve, reject) => {
        let startedAt: number | null = null;
        document.addEventListener(
          startEvent,
          (event) => {
            startedAt ??= event.timeStamp;
          },
          { capture: true, once: true },
        );
        const giveUp = setTimeout(() => reject(new Error(`not done: ${doneScript}`)), 120_000);
        const check = () => {
          if (startedAt === null || !isDone()) {
            requestAnimationFrame(check);
            return;
          }
          // A task queued from a frame callback runs after that frame is painted.
          requestAnimationFrame(() =>
            setTimeout(() => {
              clearTimeout(giveUp);
              resolve(performance.now() - (startedAt as number));
            }, 0),
          );
        };
        requestAnimationFrame(check);
      });
    },
    { startEvent, doneScript },
  );
}

const timerResult = (page: Page) =>
  page.evaluate(() => (window as unknown as { __timer: Promise<number> }).__timer);

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const used = metrics.find((metric) => metric.name === "JSHeapUsedSize")?.value ?? Number.NaN;
  await cdp.detach();
  return used / 2 ** 20;
}

async function measureImport(page: Page) {
  const matrixShown = `document.querySelector("h1")?.textContent === ${JSON.stringify(dataset.meta.title)} && (document.querySelector("main table")?.textContent ?? "").includes(${JSON.stringify(dataset.issues[0]?.name)})`;
  await armTimer(page, "change", matrixShown);
  const from = await now(page);
  await page.getByLabel("Open dataset…").setInputFiles(DATA);
  const importToMatrixMs = await timerResult(page);
  const tasks = await longTasksBetween(page, from, await now(page));
  return { importToMatrixMs, longestTaskDuringImportMs: Math.max(0, ...tasks) };
}

async function measureTyping(page: Page) {
  await page.getByRole("tab", { name: "Statements" }).click();
  const table = page.getByRole("table");
  await expect(table).toHaveAttribute("aria-rowcount", String(STATEMENTS + 1));
  const search = page.getByLabel("Search statements");
  await search.focus();
  const from = await now(page);
  const keystrokeToPaintMs: number[] = [];
  for (let i = 0; i < QUERY.length; i++) {
    const rowCount = (expectedCounts[i] as number) + 1;
    await armTimer(
      page,
      "keydown",
      `document.querySelector("table[aria-rowcount]")?.getAttribute("aria-rowcount") === "${rowCount}" && document.querySelector("input[type=search]")?.value === ${JSON.stringify(QUERY.slice(0, i + 1))}`,
    );
    await page.keyboard.press(QUERY[i] === " " ? "Space" : (QUERY[i] as string));
    keystrokeToPaintMs.push(await timerResult(page));
  }
  const to = await now(page);
  // Event Timing: each key's interaction, from the hardware event to the next paint.
  const keystrokeInteractionMs = await page.evaluate(
    ({ from, to }) => {
      const byInteraction = new Map<number, number>();
      for (const event of (
        window as unknown as {
          __events: { name: string; start: number; duration: number; interactionId: number }[];
        }
      ).__events)
        if (event.interactionId && event.start >= from && event.start <= to)
          byInteraction.set(
            event.interactionId,
            Math.max(byInteraction.get(event.interactionId) ?? 0, event.duration),
          );
      return [...byInteraction.values()];
    },
    { from, to },
  );
  const longTasksWhileTypingMs = await longTasksBetween(page, from, to);
  // Back to every statement, for the views measured next.
  await search.fill("");
  await expect(table).toHaveAttribute("aria-rowcount", String(STATEMENTS + 1));
  return { keystrokeToPaintMs, keystrokeInteractionMs, longTasksWhileTypingMs };
}

async function measureScroll(page: Page): Promise<Run["scroll"]> {
  const from = await now(page);
  const result = await page.evaluate(async (target) => {
    const table = document.querySelector("table[aria-rowcount]") as HTMLTableElement;
    const box = table.parentElement as HTMLElement;
    const lastRow = () =>
      Math.max(
        0,
        ...[...table.querySelectorAll("tbody tr[aria-rowindex]")].map((row) =>
          Number(row.getAttribute("aria-rowindex")),
        ),
      ) - 1;
    const frames: number[] = [];
    const start = performance.now();
    let last = start;
    // About 23 rows a frame: a fast fling, sustained.
    while (lastRow() < target && last - start < 120_000) {
      box.scrollTop += 2_000;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const frameAt = performance.now();
      frames.push(frameAt - last);
      last = frameAt;
    }
    return { rows: lastRow(), ms: last - start, frames };
  }, SCROLL_ROWS);
  const sorted = [...result.frames].sort((a, b) => a - b);
  return {
    rows: result.rows,
    ms: result.ms,
    frameMs: {
      median: median(sorted),
      p95: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
      max: sorted[sorted.length - 1] ?? 0,
    },
    framesOver50Ms: sorted.filter((frame) => frame > 50).length,
    longTasksMs: await longTasksBetween(page, from, await now(page)),
  };
}

async function measureTimeline(page: Page) {
  // Charts are drawn as they scroll into view: done when every issue has its figure and the
  // first chart is drawn.
  const charts = `document.querySelectorAll("figure").length >= ${dataset.issues.length} && document.querySelector("figure [role=img] svg") !== null`;
  await armTimer(page, "click", charts);
  await page.getByRole("tab", { name: "Timeline" }).click();
  return timerResult(page);
}

// BENCH_PROFILE=all (or a list: import,typing,scroll,timeline) saves a CPU profile of those
// phases into bench/out/, from an unminified build (open in Chrome DevTools, Performance).
async function profiled<T>(page: Page, name: string, phase: () => Promise<T>): Promise<T> {
  const wanted = process.env.BENCH_PROFILE ?? "";
  if (wanted !== "all" && !wanted.split(",").includes(name)) return phase();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.start");
  const result = await phase();
  const { profile } = await cdp.send("Profiler.stop");
  writeFileSync(`${OUT}browser-${name}.cpuprofile`, JSON.stringify(profile));
  await cdp.detach();
  return result;
}

// What 100k statements look like, at desktop and phone width, into screenshots/ (gitignored).
async function screenshots(page: Page) {
  const dir = fileURLToPath(new URL("../screenshots/", import.meta.url));
  mkdirSync(dir, { recursive: true });
  for (const [name, width, height] of [
    ["desktop", 1280, 800],
    ["phone", 360, 740],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.getByRole("tab", { name: "Timeline" }).click();
    await expect(page.locator("figure [role=img] svg").first()).toBeVisible();
    await page.screenshot({ path: `${dir}bench-timeline-100k-${name}.png`, fullPage: true });
    await page.getByRole("tab", { name: "Statements" }).click();
    await page.getByRole("table").scrollIntoViewIfNeeded();
    await expect(page.getByRole("table")).toBeVisible();
    await page.screenshot({ path: `${dir}bench-statements-100k-${name}.png` });
  }
}

async function oneRun(browser: Browser): Promise<Run> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.addInitScript(observePerformance);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const imported = await profiled(page, "import", () => measureImport(page));
  // "Loaded" once the import is kept in IndexedDB too: until then the page also holds the
  // dataset's JSON text, which it is saving.
  await expect(page.getByRole("status", { name: "Import progress" })).toHaveText(/^Opened /, {
    timeout: 120_000,
  });
  const heapAfterLoadMB = await heapMB(page);
  const typing = await profiled(page, "typing", () => measureTyping(page));
  const scroll = await profiled(page, "scroll", () => measureScroll(page));
  const timelineSwitchMs = await profiled(page, "timeline", () => measureTimeline(page));
  await screenshots(page);
  expect(errors, "the page logged errors while being measured").toEqual([]);
  await context.close();
  return { ...imported, heapAfterLoadMB, ...typing, timelineSwitchMs, scroll };
}

test("Parley at 100k statements in Chromium", async ({ browser }) => {
  mkdirSync(OUT, { recursive: true });
  if (!existsSync(DATA)) writeFileSync(DATA, JSON.stringify(dataset));
  const runs: Run[] = [];
  for (let r = 0; r < RUNS; r++) runs.push(await oneRun(browser));
  const mid = (pick: (run: Run) => number) => median(runs.map(pick));
  const all = (pick: (run: Run) => number[]) => runs.flatMap(pick);
  const summary = {
    statements: STATEMENTS,
    runs: RUNS,
    chromium: browser.version(),
    importToMatrixMs: mid((run) => run.importToMatrixMs),
    longestTaskDuringImportMs: mid((run) => run.longestTaskDuringImportMs),
    heapAfterLoadMB: mid((run) => run.heapAfterLoadMB),
    keystrokeToPaintMs: {
      median: median(all((run) => run.keystrokeToPaintMs)),
      max: Math.max(...all((run) => run.keystrokeToPaintMs)),
    },
    keystrokeInteractionMs: {
      median: median(all((run) => run.keystrokeInteractionMs)),
      max: Math.max(0, ...all((run) => run.keystrokeInteractionMs)),
    },
    longestTaskWhileTypingMs: Math.max(0, ...all((run) => run.longTasksWhileTypingMs)),
    timelineSwitchMs: mid((run) => run.timelineSwitchMs),
    scroll: {
      rows: Math.min(...runs.map((run) => run.scroll.rows)),
      medianFrameMs: mid((run) => run.scroll.frameMs.median),
      p95FrameMs: mid((run) => run.scroll.frameMs.p95),
      maxFrameMs: Math.max(...runs.map((run) => run.scroll.frameMs.max)),
      framesOver50Ms: runs.map((run) => run.scroll.framesOver50Ms),
      longestTaskMs: Math.max(0, ...all((run) => run.scroll.longTasksMs)),
    },
  };
  console.log(JSON.stringify(summary, null, 2));
  updateResults("browser", { date: new Date().toISOString(), ...summary, eachRun: runs });
  expect(summary.scroll.rows).toBeGreaterThanOrEqual(SCROLL_ROWS);
});
