// Flow: an analyst works in two tabs of one browser. Both tabs share the library: an import,
// a removal or a replace in one is seen in the other without a reload, two imports of the same
// dataset never overwrite each other, and a dataset removed elsewhere stays on screen here.
import type { Page } from "@playwright/test";
import { openAndWait } from "./support/libraryStorage";
import {
  datasetHeading,
  datasetSwitcher,
  fixturePath,
  importStatus,
  riverland,
} from "./support/librarySupport";
import { collectPageErrors, expect, test } from "./support/pageErrors";

// Two renderers on a busy shared machine: each step may take a while.
const SLOW = { timeout: 30_000 };
const options = (page: Page) => datasetSwitcher(page).getByRole("option");
const alreadyKept = (page: Page) =>
  page.getByRole("dialog", { name: `“${riverland.meta.title}” is already kept` });

async function secondTab(page: Page) {
  const other = await page.context().newPage();
  const errors = await collectPageErrors(other);
  await other.goto("/");
  await expect(datasetSwitcher(other)).toBeVisible(SLOW);
  return { other, errors };
}

test("an import in one tab is listed in the other; the same id again asks, and keep both keeps both", async ({
  page,
}) => {
  // Several imports and reloads: generous on a busy shared machine.
  test.setTimeout(120_000);
  await page.goto("/");
  const { other, errors } = await secondTab(page);
  await expect(options(other)).toHaveCount(1, SLOW);

  await openAndWait(page, fixturePath("riverland.json"));
  // The other tab, opened before, lists it without a reload.
  await expect(options(other)).toHaveCount(2, SLOW);
  await expect(options(other).nth(1)).toContainText(riverland.meta.title, SLOW);

  // The other tab imports a file with the same meta.id: it asks instead of overwriting.
  await other.getByLabel("Open dataset…").setInputFiles(fixturePath("riverland.json"));
  const dialog = alreadyKept(other);
  await expect(dialog).toBeVisible(SLOW);
  await expect(dialog.getByRole("button", { name: "Keep both" })).toBeFocused(SLOW);
  await expect(importStatus(other)).toContainText("Saving…", SLOW);
  await dialog.getByRole("button", { name: "Keep both" }).click();
  await expect(importStatus(other)).toHaveText(/^Opened riverland\.json/, SLOW);
  await expect(other).toHaveURL(/dataset=riverland-fixture-2/, SLOW);
  await expect(options(other)).toHaveCount(3, SLOW);
  await expect(options(page)).toHaveCount(3, SLOW);
  await expect(page).toHaveURL(/dataset=riverland-fixture$/, SLOW);

  // Removing the first in this tab takes it out of the other tab's list too.
  await page.getByRole("button", { name: "Remove dataset" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Remove", exact: true }).click();
  await expect(options(page)).toHaveCount(2, SLOW);
  await expect(options(other)).toHaveCount(2, SLOW);
  // The other tab still shows its own copy, kept.
  await expect(datasetHeading(other, riverland.meta.title)).toBeVisible(SLOW);
  await expect(other.getByRole("region", { name: "Dataset not kept" })).toHaveCount(0, SLOW);
  errors.expectNone();
});

test("a dataset removed in another tab stays on screen here, with an offer to keep it again", async ({
  page,
}) => {
  // Several imports and reloads: generous on a busy shared machine.
  test.setTimeout(120_000);
  await page.goto("/");
  await openAndWait(page, fixturePath("riverland.json"));
  const { other, errors } = await secondTab(page);
  await expect(options(other)).toHaveCount(2, SLOW);

  await other.goto("/?dataset=riverland-fixture");
  await expect(datasetHeading(other, riverland.meta.title)).toBeVisible(SLOW);
  await other.getByRole("button", { name: "Remove dataset" }).click();
  await other.getByRole("dialog").getByRole("button", { name: "Remove", exact: true }).click();
  await expect(options(other)).toHaveCount(1, SLOW);

  // This tab is not blanked: the dataset stays, and it says what happened.
  const notKept = page.getByRole("region", { name: "Dataset not kept" });
  await expect(notKept).toContainText("was removed from this browser in another tab", SLOW);
  await expect(datasetHeading(page, riverland.meta.title)).toBeVisible(SLOW);
  await expect(options(page).nth(1)).toContainText("removed in another tab", SLOW);
  await expect(notKept.getByRole("button", { name: "Export dataset" })).toBeVisible(SLOW);

  await notKept.getByRole("button", { name: "Keep it in this browser" }).click();
  await expect(notKept).toHaveCount(0, SLOW);
  await expect(options(other)).toHaveCount(2, SLOW);
  await page.reload();
  await expect(datasetHeading(page, riverland.meta.title)).toBeVisible(SLOW);
  errors.expectNone();
});

test("replacing a dataset in one tab shows the new version in the tab that shows it", async ({
  page,
}, testInfo) => {
  // Several imports and reloads: generous on a busy shared machine.
  test.setTimeout(120_000);
  await page.goto("/");
  await openAndWait(page, fixturePath("riverland.json"));
  const { other, errors } = await secondTab(page);
  const renamed = { ...riverland, meta: { ...riverland.meta, title: "Riverland, second edition" } };
  const path = testInfo.outputPath("riverland-2.json");
  await import("node:fs/promises").then((fs) => fs.writeFile(path, JSON.stringify(renamed)));

  await other.getByLabel("Open dataset…").setInputFiles(path);
  await other
    .getByRole("dialog", { name: "“Riverland, second edition” is already kept" })
    .getByRole("button", { name: "Replace" })
    .click();
  await expect(datasetHeading(other, "Riverland, second edition")).toBeVisible(SLOW);
  await expect(options(other)).toHaveCount(2, SLOW);
  await expect(other).toHaveURL(/dataset=riverland-fixture$/, SLOW);

  await expect(datasetHeading(page, "Riverland, second edition")).toBeVisible(SLOW);
  await expect(page.getByRole("status", { name: "Notices" })).toContainText(
    "“Riverland, second edition” was changed in another tab; this is its new version.",
  );
  await expect(options(page)).toHaveCount(2, SLOW);
  errors.expectNone();
});
