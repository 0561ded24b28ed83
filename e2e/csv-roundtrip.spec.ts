// Flow: an analyst exports the statements CSV from the Statements view, (edits it in a
// spreadsheet,) and opens that very file again with "Open dataset…": the same statements come
// back. Expected values are read from the fixture files, never computed by the app's code.
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import type { Page, TestInfo } from "@playwright/test";
import {
  datasetHeading,
  download,
  fixturePath,
  importStatus,
  openDatasetFile,
} from "./support/librarySupport";
import { expect, test } from "./support/pageErrors";
import { searchStatements } from "./support/statementsSupport";

type StatementJson = Record<string, unknown> & { id: string; summary: string };
const readJson = (path: string | URL) => JSON.parse(readFileSync(path, "utf8"));

// The optional fields a CSV cannot tell apart when absent or null: both read back absent.
const OPTIONAL = ["reportedBy", "firmness", "acceptable", "dateBasis", "alsoIn", "conditionLinks"];
// In id order: the file lists statements in the table's order, not the dataset's.
const inIdOrder = (statements: StatementJson[]) =>
  [...statements].sort((a, b) => a.id.localeCompare(b.id)).map(comparable);
function comparable(statement: StatementJson): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...statement };
  for (const field of OPTIONAL)
    if (copy[field] === null || copy[field] === undefined) delete copy[field];
  return copy;
}

// Exports the statements CSV from the Statements tab, opens the file, and returns the
// statements of the dataset it became (through "Export dataset", as a user would see them).
async function roundTrip(page: Page, testInfo: TestInfo, expectedCount: number) {
  await page.getByRole("tab", { name: "Statements" }).click();
  const csv = await download(page, () => page.getByRole("button", { name: "Export CSV" }).click());
  expect(csv.filename).toMatch(/-statements-\d{4}-\d{2}-\d{2}\.csv$/);
  const path = testInfo.outputPath(csv.filename);
  await writeFile(path, csv.text);
  await openDatasetFile(page, path);
  await expect(importStatus(page)).toHaveText(
    `Opened ${csv.filename}: ${expectedCount} statements.`,
  );
  await expect(datasetHeading(page, csv.filename.replace(/\.csv$/, ""))).toBeVisible();
  const json = await download(page, () =>
    page.getByRole("button", { name: "Export dataset" }).click(),
  );
  return { csv: csv.text, statements: JSON.parse(json.text).statements as StatementJson[] };
}

test("the default dataset's statements CSV opens again as the same statements", async ({
  page,
}, testInfo) => {
  const fixture = readJson(new URL("../data/russia-ukraine.json", import.meta.url));
  await page.goto("/");
  const back = await roundTrip(page, testInfo, fixture.statements.length);
  // Full ISO dates in the file, precision beside them.
  expect(back.csv).toMatch(/^\uFEFFDate,Party,/);
  expect(inIdOrder(back.statements)).toEqual(inIdOrder(fixture.statements));
  // A statement read by hand from the file is in the table of the reopened dataset.
  const first = fixture.statements[0] as StatementJson;
  await page.getByRole("tab", { name: "Statements" }).click();
  await searchStatements(page, first.summary);
  await expect(page.getByRole("cell", { name: first.summary }).first()).toBeVisible();
});

test("the Riverland fixture's statements CSV opens again as the same statements", async ({
  page,
}, testInfo) => {
  const fixture = readJson(fixturePath("riverland.json"));
  await page.goto("/");
  await openDatasetFile(page, fixturePath("riverland.json"));
  await expect(datasetHeading(page, fixture.meta.title)).toBeVisible();
  const back = await roundTrip(page, testInfo, fixture.statements.length);
  expect(inIdOrder(back.statements)).toEqual(inIdOrder(fixture.statements));
  // Known by reading the fixture: r1 is Upland's water minister, Ilse Marrow, on 10 March 2025.
  const r1 = back.statements.find((statement) => statement.id === "r1");
  expect(r1).toMatchObject({
    date: "2025-03-10",
    partyId: "upland",
    speaker: { name: "Ilse Marrow", role: "Water minister" },
    stanceId: "historic",
  });
});
