// Flow: a journalist narrows the statements, sorts them and takes them to a spreadsheet.
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { lookupDataset } from "../src/domain/datasetLookup";
import { filterStatements } from "../src/domain/filterStatements";
import type { Statement } from "../src/domain/schema";
import { statementColumn } from "../src/domain/statementColumns";
import { sortStatements } from "../src/domain/statementTable";
import { dataset } from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";
import {
  countText,
  narrowingWord,
  openStatements,
  searchStatements,
} from "./support/statementsSupport";

const TABLE_HEADERS = ["Date", "Party", "Speaker", "Issue", "Stance", "Summary", "Quote", "Source"];

// A small RFC 4180 reader, written apart from the app's writer so the two check each other.
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let isQuoted = false;
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    const next = text[i + 1];
    i += 1;
    if (isQuoted && char === '"' && next === '"') {
      field += '"';
      i += 1;
    } else if (char === '"') {
      isQuoted = !isQuoted;
    } else if (isQuoted) {
      field += char;
    } else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" && next === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 1;
    } else {
      field += char;
    }
  }
  return rows;
}

async function exportCsv(page: Page) {
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const download = await downloadPromise;
  const bytes = await readFile(await download.path());
  return { filename: download.suggestedFilename(), bytes, text: bytes.toString("utf8") };
}

test("Export CSV saves the shown rows, sorted as shown, the shown columns first", async ({
  page,
}) => {
  const { word, count } = narrowingWord();
  const expected = sortStatements(dataset, filterStatements(dataset, { text: word }), [
    { columnId: "party", desc: false },
  ]);
  const view = await openStatements(page);
  await searchStatements(page, word);
  await view.getByRole("columnheader", { name: "Party" }).getByRole("button").click();
  await expect(view.getByRole("status")).toHaveText(countText(count));

  const { filename, bytes, text } = await exportCsv(page);
  expect(filename).toMatch(
    new RegExp(`^${dataset.meta.id}-statements-\\d{4}-\\d{2}-\\d{2}\\.csv$`),
  );
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(text.startsWith(`\uFEFF${TABLE_HEADERS.join(",")},`)).toBe(true);
  const rows = readCsv(text.slice(1));
  // After the shown columns, the ones that rebuild a statement (see csv-roundtrip.spec.ts).
  expect(rows[0]).toContain("Statement id");
  expect(rows).toHaveLength(count + 1);
  const partyIndex = TABLE_HEADERS.indexOf("Party");
  const party = statementColumn("party");
  expect(rows.slice(1).map((row) => row[partyIndex])).toEqual(
    expected.map((statement) => party?.value(statement, lookupDataset(dataset))),
  );
});

test("Export CSV quotes fields with commas and moves hidden columns after the shown ones", async ({
  page,
}) => {
  // Summaries hold commas more often than any other column; pick the first that does.
  const withComma = dataset.statements.find((statement: Statement) =>
    statement.summary.includes(","),
  );
  if (!withComma) throw new Error("no summary with a comma");
  const view = await openStatements(page);
  await view.getByRole("button", { name: "Columns" }).click();
  await view.getByRole("checkbox", { name: "Quote" }).uncheck();
  await page.keyboard.press("Escape");

  const { text } = await exportCsv(page);
  const headers = TABLE_HEADERS.filter((header) => header !== "Quote");
  expect(text.startsWith(`\uFEFF${headers.join(",")},`)).toBe(true);
  // Still in the file, so it opens again whole: after the shown columns.
  const header = readCsv(text.slice(1))[0] ?? [];
  expect(header.indexOf("Quote")).toBeGreaterThan(headers.length - 1);
  expect(text).toContain(`,"${withComma.summary.replaceAll('"', '""')}",`);
  expect(readCsv(text.slice(1))).toHaveLength(dataset.statements.length + 1);
});

test("Export JSON saves the shown statements as a dataset", async ({ page }) => {
  const { word, count } = narrowingWord();
  const view = await openStatements(page);
  await searchStatements(page, word);
  await expect(view.getByRole("status")).toHaveText(countText(count));

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export JSON" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  const saved = JSON.parse(await readFile(await download.path(), "utf8"));
  expect(saved.statements.map((statement: Statement) => statement.id)).toEqual(
    filterStatements(dataset, { text: word }).map((statement) => statement.id),
  );
});
