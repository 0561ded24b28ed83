// Flow: an analyst starts a new negotiation from a template, fills it in and opens it.
import { writeFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { STATEMENT_CSV_COLUMNS } from "../src/domain/import/statementsCsv";
import { parseDataset } from "../src/domain/validate";
import { datasetHeading, download, importStatus, openDatasetFile } from "./support/librarySupport";
import { expect, test } from "./support/pageErrors";

async function downloadTemplate(page: Page, choice: string) {
  return download(page, async () => {
    await page.getByRole("button", { name: "Download template" }).click();
    await page.getByRole("button", { name: choice }).click();
  });
}

test("the CSV template has the header and one commented example, and fills in", async ({
  page,
}, testInfo) => {
  await page.goto("/");
  const { filename, text } = await downloadTemplate(page, "Statements CSV template");
  expect(filename).toBe("parley-statements-template.csv");
  const lines = text.replace(/^\uFEFF/, "").split("\r\n");
  expect(lines[0]).toBe(STATEMENT_CSV_COLUMNS.join(","));
  expect(lines[1]).toMatch(/^# \d{4}-\d{2}-\d{2},/);
  expect(lines.slice(2).filter((line) => line !== "")).toEqual([]);

  // Filled in as in a spreadsheet: the example row kept, a second stance added.
  const filled = `${text.replace("# ", "")}2025-03-10,day,,Other party,Ann Lee,Envoy,Example issue,Far position,3,Wants the far end.,,reported,,Example outlet,Headline as the outlet shows it,2025-03-15,\r\n`;
  const path = testInfo.outputPath("my-negotiation.csv");
  await writeFile(path, filled);
  await openDatasetFile(page, path);
  await expect(importStatus(page)).toHaveText("Opened my-negotiation.csv: 2 statements.");
  await expect(datasetHeading(page, "my-negotiation")).toBeVisible();
});

test("the JSON template is a valid dataset with no statements", async ({ page }) => {
  await page.goto("/");
  const { filename, text } = await downloadTemplate(page, "Empty JSON dataset");
  expect(filename).toBe("parley-dataset-template.json");
  const parsed = parseDataset(JSON.parse(text));
  expect(parsed.ok && parsed.value.statements).toEqual([]);
  expect(parsed.ok && parsed.value.parties.length).toBeGreaterThan(0);
});
