// Flow: an analyst saves the dataset shown as a JSON bundle and opens it again elsewhere;
// nothing is lost on the way, for the default dataset and for one imported from CSV.
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import type { Dataset } from "../src/domain/schema";
import {
  datasetHeading,
  datasetSwitcher,
  download,
  fixturePath,
  openDatasetFile,
  openDatasetFileKeepingBoth,
} from "./support/librarySupport";
import { dataset } from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";

const exportDataset = (page: import("@playwright/test").Page) =>
  download(page, () => page.getByRole("button", { name: "Export dataset" }).click());

test("the default dataset exports as its own JSON and opens again equal", async ({
  page,
}, testInfo) => {
  const original = JSON.parse(
    readFileSync(new URL("../data/russia-ukraine.json", import.meta.url), "utf8"),
  );
  await page.goto("/");
  const exported = await exportDataset(page);
  expect(exported.filename).toMatch(
    new RegExp(`^${dataset.meta.id}-dataset-\\d{4}-\\d{2}-\\d{2}\\.json$`),
  );
  expect(JSON.parse(exported.text)).toEqual(original);

  const path = testInfo.outputPath(exported.filename);
  await writeFile(path, exported.text);
  await openDatasetFile(page, path);
  await expect(datasetSwitcher(page).getByRole("option")).toHaveCount(2);
  await expect(page).toHaveURL(new RegExp(`dataset=${dataset.meta.id}-2`));
  await expect(datasetHeading(page, dataset.meta.title)).toBeVisible();
  const again = await exportDataset(page);
  expect(JSON.parse(again.text)).toEqual(original);
});

// The summary column of e2e/fixtures/riverland-statements.csv, row by row.
const CSV_SUMMARIES = [
  "Upland will only accept the historic shares.",
  "Upland will build the dam as planned.",
  "Deltaport wants downstream needs met first.",
  "Deltaport asks Upland to halt the dam.",
  "Midvale proposes a mixed formula of history and population.",
  "Midvale wants a joint commission to measure the flow.",
  "Upland says each state should measure its own stretch.",
  "Deltaport wants outside monitors.",
  "Upland now accepts a drought clause on top of the historic shares.",
  "Upland offers joint control of the dam.",
  "Deltaport would settle for equal thirds.",
  "Midvale declines to take a side on the dam for now.",
];

test("a dataset opened from CSV exports as JSON that opens again equal", async ({
  page,
}, testInfo) => {
  const csvName = "riverland-statements.csv";
  await page.goto("/");
  await openDatasetFile(page, fixturePath(csvName));
  await expect(datasetHeading(page, "riverland-statements")).toBeVisible();
  const exported = await exportDataset(page);
  expect(exported.filename).toMatch(/^riverland-statements-dataset-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = JSON.parse(exported.text) as Dataset;
  // Every row of the CSV is in the JSON, in file order, with its party, issue and source.
  expect(saved.statements.map((statement) => statement.summary)).toEqual(CSV_SUMMARIES);
  expect(saved.parties.map((party) => party.name)).toEqual([
    "Upland Republic",
    "Deltaport Union",
    "Midvale Federation",
  ]);
  expect(saved.issues.map((issue) => issue.name)).toEqual([
    "Water allocation",
    "Upland dam",
    "Flow monitoring",
  ]);
  expect(saved.sources.map((source) => source.outlet)).toEqual([
    "Riverland Gazette (fictional)",
    "Delta Courier (fictional)",
    "Riverland Gazette (fictional)",
  ]);
  const quoted = saved.statements.find((statement) => statement.quote?.startsWith("Half"));
  expect(quoted?.quote).toBe("Half history, half people: everyone gives a little.");

  const path = testInfo.outputPath(exported.filename);
  await writeFile(path, exported.text);
  // Its id is already kept (the CSV import above): keep both, so the export opens as a copy.
  await openDatasetFileKeepingBoth(page, path);
  await expect(page).toHaveURL(/dataset=riverland-statements-2/);
  const again = await exportDataset(page);
  expect(JSON.parse(again.text)).toEqual(saved);
});
