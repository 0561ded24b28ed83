// Flow: an analyst saves the dataset shown as a JSON bundle and opens it again elsewhere;
// nothing is lost on the way, for the default dataset and for one imported from CSV.
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { readDatasetFile } from "../src/domain/import/readDatasetFile";
import {
  datasetHeading,
  datasetSwitcher,
  download,
  fixturePath,
  openDatasetFile,
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

test("a dataset opened from CSV exports as JSON that opens again equal", async ({
  page,
}, testInfo) => {
  const csvName = "riverland-statements.csv";
  await page.goto("/");
  await openDatasetFile(page, fixturePath(csvName));
  await expect(datasetHeading(page, "riverland-statements")).toBeVisible();
  const exported = await exportDataset(page);
  expect(exported.filename).toMatch(/^riverland-statements-dataset-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = JSON.parse(exported.text);
  // What the app's own reader makes of the CSV, on the day the page stamped on it.
  const expected = readDatasetFile({
    name: csvName,
    bytes: readFileSync(fixturePath(csvName)),
    today: saved.meta.updated,
  });
  expect(expected.ok && expected.value).toEqual(saved);

  const path = testInfo.outputPath(exported.filename);
  await writeFile(path, exported.text);
  await openDatasetFile(page, path);
  await expect(page).toHaveURL(/dataset=riverland-statements-2/);
  const again = await exportDataset(page);
  expect(JSON.parse(again.text)).toEqual(saved);
});
