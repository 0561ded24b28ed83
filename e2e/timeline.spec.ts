// Flow: a reader follows how each party's stance on an issue moved over time.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";
import { dataset, openFilters } from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";

const stanceChartName = (issueName: string) => `${issueName}: stances over time`;

async function openTimeline(page: Page) {
  await page.goto("/");
  await page.getByRole("tab", { name: "Timeline" }).click();
  await expect(page.getByRole("tab", { name: "Timeline" })).toHaveAttribute(
    "aria-selected",
    "true",
  );
}

test("shows one stance chart per issue and a gap chart", async ({ page }, testInfo) => {
  await openTimeline(page);
  for (const issue of dataset.issues) {
    const figure = page.getByRole("figure", { name: stanceChartName(issue.name), exact: true });
    await expect(figure).toBeVisible();
    await expect(figure.getByRole("img", { name: new RegExp(issue.name) })).toBeVisible();
  }
  await expect(page.getByRole("figure", { name: /stances over time$/ })).toHaveCount(
    dataset.issues.length,
  );
  const [first, second] = dataset.parties;
  await expect(
    page.getByRole("figure", { name: `Gap between ${first?.name} and ${second?.name} by issue` }),
  ).toBeVisible();
  // Let the charts measure themselves before the picture is taken.
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  const screenshot = new URL(
    `../screenshots/timeline-${testInfo.project.name}.png`,
    import.meta.url,
  );
  await page.screenshot({ path: fileURLToPath(screenshot), fullPage: true });
});

test("filtering by one issue leaves one stance chart", async ({ page }) => {
  const issue = dataset.issues[1] ?? dataset.issues[0];
  if (!issue) throw new Error("the dataset has no issues");
  await openTimeline(page);
  await openFilters(page);
  await page.getByRole("checkbox", { name: issue.name, exact: true }).check();
  const charts = page.getByRole("figure", { name: /stances over time$/ });
  await expect(charts).toHaveCount(1);
  await expect(charts).toHaveAccessibleName(stanceChartName(issue.name));
});

test("the data table lists every statement on the issue", async ({ page }) => {
  const issue = dataset.issues[0];
  if (!issue) throw new Error("the dataset has no issues");
  const expectedRows = dataset.statements.filter((statement) => statement.issueId === issue.id);
  await openTimeline(page);
  const figure = page.getByRole("figure", { name: stanceChartName(issue.name), exact: true });
  const toggle = figure.getByRole("button", { name: "Show data table" });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await toggle.click();
  const hide = figure.getByRole("button", { name: "Hide data table" });
  await expect(hide).toHaveAttribute("aria-expanded", "true");
  const table = figure.getByRole("table");
  // One header row plus one row per statement.
  await expect(table.getByRole("row")).toHaveCount(expectedRows.length + 1);
});

test("downloads the chart as SVG and PNG", async ({ page }) => {
  const issue = dataset.issues[0];
  if (!issue) throw new Error("the dataset has no issues");
  await openTimeline(page);
  const figure = page.getByRole("figure", { name: stanceChartName(issue.name), exact: true });
  await expect(figure.locator(".recharts-surface")).toBeVisible();

  const [svgDownload] = await Promise.all([
    page.waitForEvent("download"),
    figure.getByRole("button", { name: "Download SVG" }).click(),
  ]);
  const filePattern = `^${dataset.meta.id}-timeline-${issue.id}-\\d{4}-\\d{2}-\\d{2}`;
  expect(svgDownload.suggestedFilename()).toMatch(new RegExp(`${filePattern}\\.svg$`));
  const svgText = readFileSync(await svgDownload.path(), "utf8");
  expect(svgText.startsWith("<svg") || svgText.startsWith("<?xml")).toBe(true);
  expect(svgText).toContain(issue.name);
  // One embedded style block colours the chart by class; no element carries inline styles.
  expect(svgText.match(/<style>/g)).toHaveLength(1);
  expect(svgText).not.toMatch(/\sstyle="/);

  const [pngDownload] = await Promise.all([
    page.waitForEvent("download"),
    figure.getByRole("button", { name: "Download PNG" }).click(),
  ]);
  expect(pngDownload.suggestedFilename()).toMatch(new RegExp(`${filePattern}\\.png$`));
  const png = readFileSync(await pngDownload.path());
  expect([...png.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join("")).toBe("PNG");
});

test("a marker's tooltip shows the statement and Escape closes it", async ({ page }) => {
  const issue = dataset.issues[0];
  const statement = dataset.statements.find((candidate) => candidate.issueId === issue?.id);
  if (!issue || !statement) throw new Error("the dataset has no statement on its first issue");
  await openTimeline(page);
  const figure = page.getByRole("figure", { name: stanceChartName(issue.name), exact: true });
  // Markers have no role of their own (the chart is one image); the data table is their
  // accessible form. A tap pins the tooltip on phones and desktops alike.
  await figure.locator("[data-timeline-marker]").first().click();
  const tooltip = page.getByRole("tooltip");
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(statement.speaker.name);
  await page.keyboard.press("Escape");
  await expect(tooltip).toHaveCount(0);
});
