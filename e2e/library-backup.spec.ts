// Flow: an analyst moves to a new browser. "Export library" saves every kept dataset in one
// file; after the storage is cleared, "Import library" brings them all back, and importing it
// again asks about each dataset already kept.
import { writeFile } from "node:fs/promises";
import { clearLibraryStorage, openAndWait, putRawRecords } from "./support/libraryStorage";
import {
  datasetHeading,
  datasetSwitcher,
  download,
  fixturePath,
  importStatus,
  riverland,
} from "./support/librarySupport";
import { expect, test } from "./support/pageErrors";

test("export library, clear the storage, import library: everything is back", async ({
  page,
}, testInfo) => {
  // Several imports and reloads: generous on a busy shared machine.
  test.setTimeout(120_000);
  await page.goto("/");
  await openAndWait(page, fixturePath("riverland.json"));
  await openAndWait(page, fixturePath("riverland-statements.csv"));
  await expect(importStatus(page)).toHaveText(/^Opened riverland-statements\.csv/);
  await putRawRecords(page, [
    { key: "cut", fileName: "cut.json", importedAt: "2026-01-03T00:00:00Z", json: '{"meta":' },
  ]);
  await page.reload();
  const options = datasetSwitcher(page).getByRole("option");
  await expect(options).toHaveCount(4);
  const before = await options.allTextContents();

  await page.getByRole("button", { name: "Library", exact: true }).click();
  const exported = await download(page, () =>
    page.getByRole("button", { name: "Export library" }).click(),
  );
  expect(exported.filename).toMatch(/^parley-library-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(exported.text);
  expect(file.format).toBe("parley-library");
  expect(file.datasets).toHaveLength(3);
  const path = testInfo.outputPath(exported.filename);
  await writeFile(path, exported.text);

  await clearLibraryStorage(page);
  await page.reload();
  await expect(options).toHaveCount(1);

  await page.getByRole("button", { name: "Library", exact: true }).click();
  await page.getByLabel("Import library…").setInputFiles(path);
  await expect(importStatus(page)).toHaveText(
    `Restored 2 of 3 datasets from ${exported.filename}; 1 kept as damaged.`,
    { timeout: 30_000 },
  );
  await expect(options).toHaveText(before);
  await page.reload();
  await expect(options).toHaveText(before);
  await page.goto("/?dataset=riverland-fixture");
  await expect(datasetHeading(page, riverland.meta.title)).toBeVisible();

  // Importing the same library again asks about each id already kept.
  await page.getByRole("button", { name: "Library", exact: true }).click();
  await page.getByLabel("Import library…").setInputFiles(path);
  const question = page.getByRole("dialog", { name: /is already kept$/ });
  await question.getByRole("button", { name: "Replace" }).click();
  await question.getByRole("button", { name: "Cancel" }).click();
  await expect(importStatus(page)).toHaveText(
    `Restored 1 of 3 datasets from ${exported.filename}; 1 kept as damaged.`,
    { timeout: 30_000 },
  );
  // Replace put one in place of its twin; the damaged one is kept again beside the first.
  await expect(options).toHaveCount(5);
});
