// Flow (issue 22): an analyst pastes Parley's pictures into a slide deck. Every downloaded
// image says what it shows and where it came from: title, dates, active filters, how to read
// it (poles, the event key), "Source: <outlets>, coded in <dataset> v<version>" and the view's
// link, styled by one embedded style block, with a meaningful <title> and <desc>.
import { readFile, writeFile } from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import { datasetHeading, openRiverland, riverland } from "./support/librarySupport";
import { dataset, showMatrixControls } from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";
import { joinedText, readSvg } from "./support/svgFile";

const RIVERLAND = "Fixture: Riverland water-sharing talks (fictional) v1";
// Upland and Midvale's statements (r1, r2, r5, r6, r7, r9, r10, r12, r13 in the fixture):
// five in the Riverland Gazette (r1, r2, r9, r10, r12), four in the Delta Courier (r5, r6, r7,
// r13): most statements first.
const RIVERLAND_SOURCE = `Source: Riverland Gazette (fictional) and Delta Courier (fictional), coded in ${RIVERLAND}`;
const FILTERS = ["Parties: Upland Republic, Midvale Federation", "State media hidden"];

async function downloadText(page: Page, button: Locator): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return readFile(await file.path(), "utf8");
}

async function downloadPng(page: Page, button: Locator): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return readFile(await file.path());
}

function isPng(file: Buffer): boolean {
  return file.subarray(1, 4).toString("latin1") === "PNG";
}

async function openFilteredRiverland(page: Page, view: string): Promise<void> {
  await page.goto("/");
  await openRiverland(page);
  await page.goto(`/?dataset=${riverland.meta.id}&view=${view}&parties=upland,midvale&nostate=1`);
  await expect(datasetHeading(page, riverland.meta.title)).toBeVisible();
}

// The colour of the picture's top-left pixel, drawn by the browser from the PNG file.
async function cornerColour(page: Page, png: Buffer): Promise<number[]> {
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d");
      context?.drawImage(image, 0, 0);
      return [...(context?.getImageData(2, 2, 1, 1).data ?? [])];
    }, png.toString("base64"));
  } finally {
    await blank.close();
  }
}

test("the matrix downloads as a captioned SVG and PNG naming its dates, filters and source", async ({
  page,
}, testInfo) => {
  // A dark screen still gives a light picture, for slides and print.
  await page.emulateMedia({ colorScheme: "dark" });
  await openFilteredRiverland(page, "matrix");
  // On a phone the matrix's downloads sit in its folded controls.
  await showMatrixControls(page);
  const svgText = await downloadText(page, page.getByRole("button", { name: "Download SVG" }));
  const svg = await readSvg(page, svgText);
  expect(svg.root).toBe("svg");
  expect(svg.parseError).toBeNull();
  // The newest statement of the fixture is r13, 20 June 2025.
  expect(svg.title).toBe("Where the parties stand, issue by issue (As of 20 June 2025)");
  expect(svg.desc).toContain(RIVERLAND_SOURCE);
  expect(svg.styleBlocks).toBe(1);
  expect(svg.inlineStyles).toBe(0);
  const text = joinedText(svg);
  for (const line of ["As of 20 June 2025", ...FILTERS, RIVERLAND_SOURCE]) {
    expect(text).toContain(line);
  }
  expect(text).toContain(`dataset=${riverland.meta.id}`);
  // The matrix as shown: the two parties ticked, every issue, Deltaport not.
  for (const name of [
    "Upland Republic",
    "Midvale Federation",
    "Water allocation",
    "Upland dam",
    "Flow monitoring",
  ]) {
    expect(text).toContain(name);
  }
  expect(text).not.toContain("Deltaport Union");
  // Upland's latest allocation statement (r13, 20 June 2025) takes the stance "mixed".
  const mixed = riverland.issues[0]?.stances.find((stance) => stance.id === "mixed");
  expect(text).toContain(`${mixed?.label} (`);

  const png = await downloadPng(page, page.getByRole("button", { name: "Download PNG" }));
  expect(isPng(png)).toBe(true);
  // Kept with the test's results, to look at.
  await writeFile(testInfo.outputPath("matrix.png"), png);
  expect(await cornerColour(page, png)).toEqual([255, 255, 255, 255]);
  await expect(page.getByText(/Could not export/)).toHaveCount(0);
});

test("a stance chart and the gap figure download with their caption, poles and notes", async ({
  page,
}, testInfo) => {
  await openFilteredRiverland(page, "timeline");
  const figure = page.getByRole("figure", { name: "Water allocation: stances over time" });
  await expect(figure.locator(".recharts-surface")).toBeVisible();
  const svgText = await downloadText(page, figure.getByRole("button", { name: "Download SVG" }));
  const svg = await readSvg(page, svgText);
  expect(svg.parseError).toBeNull();
  // The chart's axis runs from the first to the last statement in scope: r1 (10 March 2025)
  // to r13 (20 June 2025).
  expect(svg.title).toBe(
    "Water allocation: stances over time (Statements from 10 March 2025 to 20 June 2025)",
  );
  expect(svg.styleBlocks).toBe(1);
  expect(svg.inlineStyles).toBe(0);
  const text = joinedText(svg);
  // The fixture names no scale, so its poles are the first and last stance.
  for (const line of [
    ...FILTERS,
    "↑ Top: last stance · ↓ Bottom: first stance",
    RIVERLAND_SOURCE,
  ]) {
    expect(text).toContain(line);
  }
  const png = await downloadPng(page, figure.getByRole("button", { name: "Download PNG" }));
  expect(isPng(png)).toBe(true);
  await writeFile(testInfo.outputPath("stance-chart.png"), png);

  // Upland and Midvale never both held a clear stance on the dam (Midvale's one statement,
  // r12, has none): the panel is empty, and the picture says why, as the screen does.
  const gapFigure = page.getByRole("figure", { name: /^Gap between/ });
  const note =
    "Upland Republic and Midvale Federation never both held a clear stance on Upland dam in this period.";
  await expect(gapFigure.getByText(note)).toBeVisible();
  const gapSvg = await readSvg(
    page,
    await downloadText(page, gapFigure.getByRole("button", { name: "Download SVG" })),
  );
  expect(gapSvg.parseError).toBeNull();
  expect(gapSvg.title).toMatch(/^Gap between Upland Republic and Midvale Federation by issue/);
  expect(joinedText(gapSvg)).toContain(note);
  expect(joinedText(gapSvg)).toContain(RIVERLAND_SOURCE);
  const gapPng = await downloadPng(page, gapFigure.getByRole("button", { name: "Download PNG" }));
  expect(isPng(gapPng)).toBe(true);
  await writeFile(testInfo.outputPath("gap.png"), gapPng);
  await expect(page.getByText(/Could not make the PNG/)).toHaveCount(0);
});

test("a chart with events carries their key, numbered as on the chart", async ({
  page,
}, testInfo) => {
  await page.goto("/?view=timeline");
  const figure = page.getByRole("figure", { name: /stances over time$/ }).first();
  await expect(figure.locator(".recharts-surface")).toBeVisible();
  // The key the screen shows under the chart, "12 June 2024: <title>" in order.
  const items = await figure.locator(".timeline-events li").allTextContents();
  expect(items.length).toBeGreaterThan(0);
  const svg = await readSvg(
    page,
    await downloadText(page, figure.getByRole("button", { name: "Download SVG" })),
  );
  expect(svg.parseError).toBeNull();
  const text = joinedText(svg);
  items.forEach((item, index) => {
    expect(text).toContain(`${index + 1} · ${item.replace(/\s+/g, " ")}`);
  });
  expect(text).toContain("Source: ");
  // The title and version read from the data file, as the credit cites them.
  expect(text).toContain(`coded in ${dataset.meta.title} v${dataset.meta.version}`);
  expect(text).toContain("Filters: none (every statement)");
  const png = await downloadPng(page, figure.getByRole("button", { name: "Download PNG" }));
  expect(isPng(png)).toBe(true);
  await writeFile(testInfo.outputPath("events-chart.png"), png);
});
