// Flow: an analyst reads the statements table, sorts it, searches it and trims its columns.
import { fileURLToPath } from "node:url";
import { filterStatements } from "../src/domain/filterStatements";
import { indexStatements } from "../src/domain/statementIndex";
import { sortStatements } from "../src/domain/statementTable";
import { dataset } from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";
import {
  countText,
  detailsName,
  narrowingWord,
  openStatements,
  searchStatements,
} from "./support/statementsSupport";

const byDate = indexStatements(dataset).byDate;

test("clicking a column header sorts the rows, and again reverses them", async ({ page }) => {
  const ascending = sortStatements(dataset, byDate, [{ columnId: "speaker", desc: false }]);
  const descending = sortStatements(dataset, byDate, [{ columnId: "speaker", desc: true }]);
  const [unsortedFirst, ascendingFirst, descendingFirst] = [byDate[0], ascending[0], descending[0]];
  if (!unsortedFirst || !ascendingFirst || !descendingFirst) throw new Error("no statements");
  // Otherwise the test could pass without the sort doing anything.
  expect(detailsName(ascendingFirst)).not.toBe(detailsName(unsortedFirst));

  const view = await openStatements(page);
  const firstDetails = view.getByRole("button", { name: /^Details:/ }).first();
  await expect(firstDetails).toHaveAccessibleName(detailsName(unsortedFirst));
  const speakerHeader = view.getByRole("columnheader", { name: "Speaker" });
  await expect(speakerHeader).not.toHaveAttribute("aria-sort");

  await speakerHeader.getByRole("button").click();
  await expect(speakerHeader).toHaveAttribute("aria-sort", "ascending");
  await expect(firstDetails).toHaveAccessibleName(detailsName(ascendingFirst));

  // Keyboard: Enter on the focused header button sorts too.
  await speakerHeader.getByRole("button").press("Enter");
  await expect(speakerHeader).toHaveAttribute("aria-sort", "descending");
  await expect(firstDetails).toHaveAccessibleName(detailsName(descendingFirst));
});

test("searching narrows the rows to the computed count", async ({ page }, testInfo) => {
  const { word, count } = narrowingWord();
  const view = await openStatements(page);
  await expect(view.getByRole("status")).toHaveText(countText(dataset.statements.length));

  await searchStatements(page, word);
  await expect(view.getByRole("status")).toHaveText(countText(count));
  const first = filterStatements(dataset, { text: word })[0];
  if (!first) throw new Error("no match");
  await expect(view.getByRole("button", { name: /^Details:/ }).first()).toHaveAccessibleName(
    detailsName(first),
  );

  await page.screenshot({
    path: fileURLToPath(
      new URL(`../screenshots/statements-search-${testInfo.project.name}.png`, import.meta.url),
    ),
    fullPage: true,
  });
});

test("a column filter keeps only rows whose column contains the text", async ({ page }) => {
  const party = dataset.parties[1] ?? dataset.parties[0];
  if (!party) throw new Error("no party");
  const expected = byDate.filter((statement) => statement.partyId === party.id).length;
  const view = await openStatements(page);

  await view.getByRole("button", { name: "Column filters" }).click();
  await view.getByRole("searchbox", { name: "Party contains" }).fill(party.name);
  await expect(view.getByRole("status")).toHaveText(countText(expected));
  await expect(view.getByRole("button", { name: "Column filters (1 active)" })).toBeVisible();
});

test("unticking a column in the Columns menu removes it from the table", async ({ page }) => {
  const view = await openStatements(page);
  await expect(view.getByRole("columnheader", { name: "Quote" })).toBeVisible();

  await view.getByRole("button", { name: "Columns" }).click();
  await view.getByRole("checkbox", { name: "Quote" }).uncheck();
  await expect(view.getByRole("columnheader", { name: "Quote" })).toHaveCount(0);
  await expect(view.getByRole("columnheader", { name: "Speaker" })).toBeVisible();
  await expect(view.getByRole("button", { name: "Columns (1 hidden)" })).toBeVisible();

  await page.keyboard.press("Escape");
  await expect(view.getByRole("checkbox", { name: "Quote" })).toBeHidden();
});

test("each menu opens just below its own button and within the window's width", async ({
  page,
}) => {
  const view = await openStatements(page);
  for (const [name, group] of [
    ["Column filters", "Filter by column"],
    ["Columns", "Show columns"],
  ] as const) {
    const button = view.getByRole("button", { name, exact: true });
    await button.click();
    const panel = view.getByRole("group", { name: group });
    await expect(panel).toBeVisible();
    const buttonBox = await button.boundingBox();
    const panelBox = await panel.boundingBox();
    if (!buttonBox || !panelBox) throw new Error(`${name}: no box for the button or its panel`);
    // Just below the button (the panel sits 0.25rem under it) and within the window's width.
    expect(panelBox.y).toBeGreaterThanOrEqual(buttonBox.y + buttonBox.height - 1);
    expect(panelBox.y - (buttonBox.y + buttonBox.height)).toBeLessThan(24);
    expect(panelBox.x).toBeGreaterThanOrEqual(0);
    expect(panelBox.x + panelBox.width).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);
    await page.keyboard.press("Escape");
    await expect(panel).toBeHidden();
  }
});

test("a row's details show the full quote and its source", async ({ page }, testInfo) => {
  // Among the first rows (the table renders only those in view), one whose button name is
  // unique, so the button found is this statement's.
  const names = byDate.map(detailsName);
  const withQuote = byDate
    .slice(0, 5)
    .find(
      (statement) =>
        statement.quote !== null &&
        names.filter((name) => name === detailsName(statement)).length === 1,
    );
  if (!withQuote?.quote) throw new Error("no statement with a quote");
  const source = dataset.sources.find((candidate) => candidate.id === withQuote.sourceId);
  if (!source) throw new Error("dangling source");
  const view = await openStatements(page);

  const toggle = view.getByRole("button", { name: detailsName(withQuote) });
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const details = page.locator(`#${await toggle.getAttribute("aria-controls")}`);
  await expect(details.getByRole("blockquote")).toHaveText(withQuote.quote);
  await expect(details).toContainText(source.outlet);
  await expect(details).toContainText(source.title ?? "Untitled");

  await view.scrollIntoViewIfNeeded();
  await page.screenshot({
    path: fileURLToPath(
      new URL(`../screenshots/statements-details-${testInfo.project.name}.png`, import.meta.url),
    ),
  });
});
