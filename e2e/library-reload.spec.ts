// Flow: an analyst comes back later; what they imported is still there, and one damaged
// stored entry does not hide the others.

import { putRawRecords } from "./support/libraryStorage";
import {
  datasetHeading,
  datasetSwitcher,
  openRiverland,
  riverland,
} from "./support/librarySupport";
import { expect, test } from "./support/pageErrors";

test("an imported dataset is listed and shown again after a reload", async ({ page }) => {
  await page.goto("/");
  await openRiverland(page);
  await expect(datasetSwitcher(page).getByRole("option", { selected: true })).not.toContainText(
    "this session only",
  );
  await page.reload();
  await expect(datasetHeading(page, riverland.meta.title)).toBeVisible();
  await expect(datasetSwitcher(page).getByRole("option")).toHaveCount(2);
});

test("a link's filters are applied to the imported dataset once it has loaded", async ({
  page,
}) => {
  const issue = riverland.issues[2];
  const party = riverland.parties[1];
  if (!issue || !party) throw new Error("the fixture needs three issues and two parties");
  await page.goto("/");
  await openRiverland(page);
  // A fresh page load of a link naming the imported dataset and ids only it has.
  await page.goto(`/?dataset=riverland-fixture&issues=${issue.id}&cell=${issue.id}:${party.id}`);
  await expect(datasetHeading(page, riverland.meta.title)).toBeVisible();
  const table = page.getByRole("table", { name: /^Positions/ });
  await expect(table.getByRole("rowheader")).toHaveText([issue.name]);
  await expect(page.getByRole("dialog", { name: `${party.name} on ${issue.name}` })).toBeVisible();
  // Nothing in the link was dropped as unknown to the default dataset.
  await expect(page.getByRole("button", { name: /^Dismiss notice/ })).toHaveCount(0);
  await expect(page).toHaveURL(
    new RegExp(`\\?dataset=riverland-fixture&issues=${issue.id}&cell=${issue.id}:${party.id}$`),
  );
});

test("a damaged stored entry is skipped with a notice naming it; the rest load", async ({
  page,
}) => {
  await page.goto("/");
  await openRiverland(page);
  await putRawRecords(page, [
    {
      key: "damaged",
      fileName: "damaged.json",
      importedAt: "2026-01-01T00:00:00Z",
      dataset: { meta: 1 },
    },
  ]);
  await page.reload();
  await expect(page.getByRole("status", { name: "Notices" })).toContainText(
    /Skipped a dataset kept in this browser: "damaged" \(damaged\.json\) no longer validates/,
  );
  await expect(datasetHeading(page, riverland.meta.title)).toBeVisible();
  // Listed as damaged (not selectable) beside the built-in dataset and Riverland.
  await expect(datasetSwitcher(page).getByRole("option")).toHaveText([
    /built in$/,
    /imported /,
    '"damaged" (damaged.json) · damaged',
  ]);
});
