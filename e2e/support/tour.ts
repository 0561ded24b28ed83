// A walk through every view and every dialog, menu and expanded part of Parley, calling
// `check` at each stop. The CSP, accessibility and target-size specs share it, so a screen
// added here is checked by all three.
import type { Page } from "@playwright/test";
import { openDatasetFile, openRiverland, riverland } from "./librarySupport";
import {
  dataset,
  dates,
  latestDate,
  matrixCell,
  openFilters,
  showMatrixControls,
} from "./matrixSupport";
import { expect } from "./pageErrors";

export type TourStop = (name: string) => Promise<void>;

export async function tourEveryScreen(page: Page, check: TourStop): Promise<void> {
  await page.goto("/");
  await expect(page.getByRole("tab", { name: "Matrix" })).toHaveAttribute("aria-selected", "true");
  await check("matrix");

  await openFilters(page);
  await check("matrix with filters open");
  // An active filter shows as a removable chip in the folded bar.
  await page.getByRole("checkbox", { name: "Hide state media" }).check();
  await expect(page.getByRole("button", { name: "Remove filter Hide state media" })).toBeVisible();
  await check("matrix with a filter chip");
  await page.getByRole("button", { name: "Remove filter Hide state media" }).click();
  // Code mode: the editing tools in the header.
  await page.getByRole("button", { name: "Code", exact: true }).click();
  await expect(page.getByRole("button", { name: "Add source" })).toBeVisible();
  await check("code mode");
  await page.getByRole("button", { name: "Code", exact: true }).click();
  await expect(page.getByRole("button", { name: "Add source" })).toHaveCount(0);

  const [issue] = dataset.issues;
  const [party] = dataset.parties;
  if (!issue || !party) throw new Error("the dataset has no issue or no party");
  await matrixCell(page, issue.id, party.id).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await check("matrix detail panel");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);

  const earlier = dates.find((date) => date < latestDate);
  await showMatrixControls(page);
  await page.getByRole("checkbox", { name: "Compare with an earlier date" }).check();
  if (earlier) await page.getByLabel("Compare from (date)").fill(earlier);
  await check("matrix compare mode");

  await page.getByRole("tab", { name: "Timeline" }).click();
  const figure = page.getByRole("figure", { name: `${issue.name}: stances over time` });
  // Charts are drawn as they come into view, and the page keeps the matrix's scroll position.
  // In one step: the placeholder figure is replaced by the drawn one as it comes into view.
  await figure.evaluate((element) => element.scrollIntoView({ block: "start" }));
  await expect(figure.locator(".recharts-surface")).toBeVisible();
  await figure.getByRole("button", { name: "Show data table" }).click();
  await expect(figure.getByRole("table")).toBeVisible();
  await check("timeline");
  await figure.locator("[data-timeline-marker]").first().click();
  await expect(page.getByRole("tooltip")).toBeVisible();
  await check("timeline tooltip");
  await page.keyboard.press("Escape");
  await figure.getByRole("button", { name: "Download SVG" }).click();
  await figure.getByRole("button", { name: "Download PNG" }).click();
  await check("timeline downloads");

  await page.getByRole("tab", { name: "Statements" }).click();
  const statements = page.getByRole("region", { name: "Statements", exact: true });
  await statements
    .getByRole("button", { name: /^Details:/ })
    .first()
    .click();
  await check("statements row details");
  await statements.getByRole("button", { name: /^Columns/ }).click();
  await expect(statements.getByRole("checkbox", { name: "Quote" })).toBeVisible();
  await check("statements columns menu");
  await page.keyboard.press("Escape");
  await statements.getByRole("button", { name: /^Column filters/ }).click();
  await expect(statements.getByRole("searchbox", { name: "Party contains" })).toBeVisible();
  await check("statements column filters");
  await page.keyboard.press("Escape");

  await page.getByRole("tab", { name: "Sources" }).click();
  const sources = page.getByRole("region", { name: "Sources", exact: true });
  await sources
    .getByRole("button", { name: /^Show its/ })
    .first()
    .click();
  await check("sources");

  await page.getByRole("tab", { name: "Method" }).click();
  await expect(page.getByRole("article", { name: "Method" })).toBeVisible();
  await check("method");

  await page.getByRole("tab", { name: "Review" }).click();
  await expect(page.getByRole("region", { name: "Review", exact: true })).toBeVisible();
  await check("review");

  // The dataset library: a refused file's problem list, an imported dataset, the remove dialog.
  const broken = {
    ...riverland,
    statements: riverland.statements.map((s) => ({ ...s, issueId: "?" })),
  };
  await openDatasetFile(page, {
    name: "broken.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  await expect(page.getByRole("region", { name: "Could not open broken.json" })).toBeVisible();
  await check("import problems");
  await openRiverland(page);
  await page.getByRole("tab", { name: "Matrix" }).click();
  await check("imported dataset");
  await page.getByRole("button", { name: "Remove dataset" }).click();
  await expect(page.getByRole("dialog", { name: /^Remove/ })).toBeVisible();
  await check("remove dialog");
  await page.keyboard.press("Escape");
}
