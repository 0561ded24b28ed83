// Flow: the browser's storage is full; the import is still shown, and the user is told it
// will not be kept.

import {
  datasetHeading,
  datasetSwitcher,
  openRiverland,
  riverland,
} from "./support/librarySupport";
import { expect, test } from "./support/pageErrors";

// With nothing imported yet, the message cannot advise removing an imported dataset.
test("a full storage is reported and the import is shown for this session", async ({ page }) => {
  // Every write to IndexedDB fails the way a full disk makes it fail.
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await page.goto("/");
  await openRiverland(page);
  await expect(page.getByRole("status", { name: "Notices" })).toContainText(
    `The browser's storage is full: the dataset was not kept. Free space in this browser (its site data settings), then import again. “${riverland.meta.title}” is shown for this session only.`,
  );
  await expect(datasetHeading(page, riverland.meta.title)).toBeVisible();
  await expect(datasetSwitcher(page).getByRole("option", { selected: true })).toContainText(
    "this session only",
  );
  await page.reload();
  await expect(datasetSwitcher(page).getByRole("option")).toHaveCount(1);
});
