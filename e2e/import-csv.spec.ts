// Flow: an analyst opens the statements they coded in a spreadsheet, saved as CSV.
import { readFileSync } from "node:fs";
import { readDatasetFile } from "../src/domain/import/readDatasetFile";
import {
  datasetHeading,
  fixturePath,
  importStatus,
  openDatasetFile,
} from "./support/librarySupport";
import { expect, test } from "./support/pageErrors";

test("a statements CSV opens with its parties, issues and stance order", async ({ page }) => {
  const expected = readDatasetFile({
    name: "riverland-statements.csv",
    bytes: readFileSync(fixturePath("riverland-statements.csv")),
    today: "2026-01-01",
  });
  if (!expected.ok) throw new Error(expected.message);
  const dataset = expected.value;
  await page.goto("/");
  await openDatasetFile(page, fixturePath("riverland-statements.csv"));

  await expect(importStatus(page)).toHaveText(
    `Opened riverland-statements.csv: ${dataset.statements.length} statements.`,
  );
  await expect(datasetHeading(page, "riverland-statements")).toBeVisible();
  const table = page.getByRole("table", { name: /^Positions/ });
  await expect(table.getByRole("rowheader")).toHaveText(dataset.issues.map((i) => i.name));
  for (const party of dataset.parties)
    await expect(table.getByRole("columnheader", { name: party.name, exact: true })).toBeVisible();

  // The method view lists each issue's scale in the order the stanceRank column gave.
  await page.getByRole("tab", { name: "Method" }).click();
  for (const issue of dataset.issues) {
    const scale = page.getByRole("region", { name: issue.name, exact: true });
    await expect(scale.getByRole("listitem")).toContainText(issue.stances.map((s) => s.label));
  }
});
