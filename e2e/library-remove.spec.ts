// Flow: an analyst removes an imported dataset they no longer need, after confirming.

import {
  datasetHeading,
  datasetSwitcher,
  openRiverland,
  riverland,
  screenshot,
} from "./support/librarySupport";
import { dataset } from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";

test("Remove dataset asks first; Escape and Cancel keep it, Remove deletes it for good", async ({
  page,
}, testInfo) => {
  await page.goto("/");
  await expect(page.getByRole("button", { name: "Remove dataset" })).toHaveCount(0);
  await openRiverland(page);
  const remove = page.getByRole("button", { name: "Remove dataset" });
  const dialog = page.getByRole("dialog", { name: `Remove “${riverland.meta.title}”?` });

  await remove.click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await screenshot(page, testInfo, "library-remove-dialog");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(remove).toBeFocused();

  await remove.click();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(datasetHeading(page, riverland.meta.title)).toBeVisible();

  await remove.click();
  await dialog.getByRole("button", { name: "Remove", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(datasetHeading(page, dataset.meta.title)).toBeVisible();
  await expect(datasetSwitcher(page).getByRole("option")).toHaveCount(1);
  await expect(datasetSwitcher(page)).toBeFocused();
  await expect(page).not.toHaveURL(/dataset=/);

  await page.reload();
  await expect(datasetHeading(page, dataset.meta.title)).toBeVisible();
  await expect(datasetSwitcher(page).getByRole("option")).toHaveCount(1);
});
