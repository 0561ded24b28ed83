// Flow: the browser's storage is full; the import is still shown, and the user is told it
// will not be kept. An edit the storage refuses stays on screen, said unkept, to export.

import {
  datasetHeading,
  datasetSwitcher,
  download,
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
  await page.goto("/?code=1");
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

// Riverland's r5 is Midvale's "Half history, half people" on water allocation.
const EDITED = "Midvale proposes half history, half population.";

test("a full storage during an edit: the edit is reported, stays on screen and is offered as an export", async ({
  page,
}) => {
  await page.goto("/?code=1");
  await openRiverland(page);
  // The import was kept; from here on every write fails the way a full disk makes it fail.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await page.getByRole("button", { name: /^Midvale Federation on Water allocation:/ }).click();
  const drawer = page.getByRole("dialog", { name: "Midvale Federation on Water allocation" });
  const card = drawer.getByRole("article").filter({ hasText: "Half history, half people" });
  await card.getByRole("button", { name: "Edit statement" }).click();
  const form = page.getByRole("dialog", { name: "Edit statement" });
  await form.getByLabel("Summary").fill(EDITED);
  await form.getByRole("button", { name: "Save statement" }).click();
  await expect(form).toHaveCount(0);
  await expect(card).toContainText(EDITED);
  await drawer.getByRole("button", { name: /^Close/ }).click();

  const status = page.getByRole("status").filter({ hasText: "Not kept in this browser" });
  await expect(status).toContainText(
    "Not kept in this browser (Edited statement: Ana Velt on Water allocation, 18 April 2025 (summary)): The browser's storage is full, so the change was not kept. It is shown here, but a reload loses it: export the dataset to keep it.",
  );
  const exported = await download(page, () =>
    status.getByRole("button", { name: "Export the edited dataset" }).click(),
  );
  expect(exported.filename).toMatch(/^riverland-fixture-dataset-\d{4}-\d{2}-\d{2}\.json$/);
  const statements = (
    JSON.parse(exported.text) as { statements: { id: string; summary: string }[] }
  ).statements;
  expect(statements.find((statement) => statement.id === "r5")?.summary).toBe(EDITED);
  expect(statements).toHaveLength(13);

  // The change can be undone on screen, and what the storage kept is the dataset as imported.
  await expect(page.getByRole("button", { name: "Undo", exact: true })).toBeEnabled();
  await page.reload();
  await expect(datasetHeading(page, riverland.meta.title)).toBeVisible();
  await page.getByRole("button", { name: /^Midvale Federation on Water allocation:/ }).click();
  await expect(drawer.getByRole("article").filter({ hasText: "Half history" })).not.toContainText(
    EDITED,
  );
});
