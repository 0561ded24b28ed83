// Flow: this browser's storage holds records Parley cannot read (cut short by a crash, edited
// by hand, or one so big it crashed the validator). Each is skipped alone, listed as damaged
// for as long as it is stored, and can be downloaded as it is or deleted after a question.
import { readFile } from "node:fs/promises";
import { openAndWait, putRawRecords, storedKeys } from "./support/libraryStorage";
import { datasetHeading, datasetSwitcher, fixturePath, riverland } from "./support/librarySupport";
import { expect, test } from "./support/pageErrors";

const cutShort = '{"meta":{"id":"cut","title":"Cut short"},"parties":[{"id":"a"';
// 200,000 zeros as parties: 406 KB that once made every load fail with "Maximum call stack
// size exceeded" and list only the built-in dataset.
const oversized = JSON.stringify({ ...riverland, parties: new Array(200_000).fill(0) });

test("a corrupt and an oversized record are skipped alone, with download and delete offered", async ({
  page,
}) => {
  // Several imports and reloads: generous on a busy shared machine.
  test.setTimeout(120_000);
  await page.goto("/");
  await openAndWait(page, fixturePath("riverland.json"));
  await putRawRecords(page, [
    { key: "cut", fileName: "cut.json", importedAt: "2026-01-01T00:00:00Z", json: cutShort },
    { key: "zeros", fileName: "zeros.json", importedAt: "2026-01-02T00:00:00Z", json: oversized },
  ]);
  await page.goto("/?dataset=riverland-fixture");

  const notices = page.getByRole("status", { name: "Notices" });
  await expect(notices).toContainText(
    'Skipped a dataset kept in this browser: "cut" (cut.json) is not readable JSON any more',
  );
  await expect(notices).toContainText(
    'Skipped a dataset kept in this browser: "zeros" (zeros.json)',
  );
  // The good one still opens; the two damaged ones are listed, not selectable.
  await expect(datasetHeading(page, riverland.meta.title)).toBeVisible();
  const options = datasetSwitcher(page).getByRole("option");
  await expect(options).toHaveText([
    /built in$/,
    /imported /,
    '"cut" (cut.json) · damaged',
    '"zeros" (zeros.json) · damaged',
  ]);
  await expect(options.nth(2)).toBeDisabled();

  await page.getByRole("button", { name: "Damaged datasets (2)" }).click();
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("button", { name: 'Download raw content of "cut" (cut.json)' }).click();
  const file = await downloadPromise;
  expect(file.suggestedFilename()).toBe("cut-raw.json");
  expect(await readFile(await file.path(), "utf8")).toBe(cutShort);

  await page.getByRole("button", { name: 'Delete "zeros" (zeros.json)' }).click();
  const dialog = page.getByRole("dialog", {
    name: 'Delete the damaged dataset "zeros" (zeros.json)?',
  });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(options).toHaveCount(4);
  await page.getByRole("button", { name: 'Delete "zeros" (zeros.json)' }).click();
  await dialog.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(options).toHaveCount(3);
  expect(await storedKeys(page)).toEqual(["cut", "riverland-fixture"]);

  // After a reload the damaged one is still listed, and the notice does not come back.
  await page.reload();
  await expect(datasetHeading(page, riverland.meta.title)).toBeVisible();
  await expect(options).toHaveText([/built in$/, /imported /, '"cut" (cut.json) · damaged']);
  await expect(page.getByRole("button", { name: "Damaged datasets (1)" })).toBeVisible();
  await expect(page.getByText("Skipped a dataset")).toHaveCount(0);
});

test("stored keys such as an empty one or one with spaces reopen from their link", async ({
  page,
}) => {
  // Several imports and reloads: generous on a busy shared machine.
  test.setTimeout(120_000);
  await page.goto("/");
  const json = JSON.stringify(riverland);
  await putRawRecords(page, [
    { key: "", fileName: "empty.json", importedAt: "2026-01-01T00:00:00Z", json },
    { key: "  spaced  ", fileName: "spaced.json", importedAt: "2026-01-02T00:00:00Z", json },
  ]);
  await page.goto("/?dataset=");
  await expect(datasetHeading(page, riverland.meta.title)).toBeVisible();
  await expect(page.getByRole("button", { name: /^Dismiss notice/ })).toHaveCount(0);
  await expect(page).toHaveURL(/\?dataset=$/);
  await page.goto("/?dataset=%20%20spaced%20%20&view=sources");
  await expect(datasetHeading(page, riverland.meta.title)).toBeVisible();
  await expect(page).toHaveURL(/\?dataset=%20%20spaced%20%20&view=sources$/);
  await expect(datasetSwitcher(page).getByRole("option", { selected: true })).toContainText(
    riverland.meta.title,
  );
});
