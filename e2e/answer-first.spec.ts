// Flow (issue 21): a reader who opens Parley sees positions on the first screen, even before
// (or without) any script; the answer line says where the gap pair stands furthest apart;
// a link with state of its own opens exactly that view; the tools for coding are one click away.

import { dataset, latestDate, matrixCell } from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";

const LONG_MONTHS = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const latestShown = LONG_MONTHS.format(new Date(`${latestDate}T00:00:00Z`));

for (const [width, height] of [
  [1280, 800],
  [390, 844],
] as const) {
  test(`at ${width}×${height} a matrix cell is on the first screen`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto("/");
    const [issue] = dataset.issues;
    const [party] = dataset.parties;
    if (!issue || !party) throw new Error("the default dataset has no issue or party");
    const firstCell = matrixCell(page, issue.id, party.id);
    await expect(firstCell).toBeVisible();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const box = await firstCell.boundingBox();
    expect(box?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(height - 40);
  });
}

test("without JavaScript, the built page shows the default view's matrix", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  const matrix = page.getByRole("table", { name: /^Positions/ });
  // The caption says what it shows: the date, all parties and issues.
  await expect(matrix).toHaveAccessibleName(
    `Positions as of ${latestShown} · all ${dataset.parties.length} parties, all ${dataset.issues.length} issues`,
  );
  await expect(matrix.getByRole("rowheader")).toHaveText(dataset.issues.map((issue) => issue.name));
  for (const party of dataset.parties)
    await expect(matrix.getByRole("columnheader", { name: party.name, exact: true })).toBeVisible();
  // Every cell of the first issue's row names one of that issue's stances, or no position.
  const [issue] = dataset.issues;
  if (!issue) throw new Error("the default dataset has no issue");
  const allowed = [
    ...issue.stances.map((stance) => stance.label),
    "No stated position",
    "No clear stance",
  ];
  const labels = await matrix
    .getByRole("row", { name: new RegExp(`^${issue.name}`) })
    .locator(".cell-label, .cell-stance.is-none")
    .allTextContents();
  expect(labels.length).toBeGreaterThan(0);
  for (const label of labels) expect(allowed).toContain(label);
  await context.close();
});

test("with JavaScript, the prerendered view is taken over without a warning", async ({ page }) => {
  const warnings: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "warning" || message.type() === "error") warnings.push(message.text());
  });
  await page.goto("/");
  // Hydrated: a click on the first cell opens its drawer.
  const [issue] = dataset.issues;
  const [party] = dataset.parties;
  if (!issue || !party) throw new Error("the default dataset has no issue or party");
  await matrixCell(page, issue.id, party.id).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  expect(warnings).toEqual([]);
});

test("the answer line names the gap pair's widest issue, and opens its cell", async ({ page }) => {
  await page.goto("/");
  const answer = page.getByText(/stand furthest apart on/);
  await expect(answer).toBeVisible();
  const widest = answer.getByRole("button").first();
  const issueName = ((await widest.textContent()) ?? "").replace(/ \(\d+ of \d+ steps?\)$/, "");
  expect(dataset.issues.map((issue) => issue.name)).toContain(issueName);
  await widest.click();
  await expect(page.getByRole("dialog", { name: new RegExp(`on ${issueName}$`) })).toBeVisible();
});

test("a link with state opens exactly that view, not the prerendered default", async ({ page }) => {
  const [issue] = dataset.issues;
  if (!issue) throw new Error("the default dataset has no issue");
  await page.goto(`/?view=timeline&issues=${issue.id}`);
  await expect(page.getByRole("tab", { name: "Timeline" })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await expect(page.getByRole("figure", { name: /stances over time$/ })).toHaveCount(1);
  await expect(page.getByRole("table", { name: /^Positions/ })).toHaveCount(0);
});

test("the coding tools are one click away and the choice is kept in the link", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("button", { name: "Add source" })).toHaveCount(0);
  await page.getByRole("button", { name: "Code", exact: true }).click();
  await expect(page.getByRole("button", { name: "Add source" })).toBeVisible();
  await expect(page).toHaveURL(/[?&]code=1(&|$)/);
  await page.reload();
  await expect(page.getByRole("button", { name: "Add source" })).toBeVisible();
});
