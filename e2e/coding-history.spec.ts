// Flow: the change history is kept with its dataset. One kept for an earlier version of the
// dataset (replaced by an import) is listed but not offered to undo, and says why; one that
// the storage holds damaged never stops the dataset opening: it is treated as none, and said.

import { deleteStatementReading } from "./support/codingSupport";
import { putRawHistory } from "./support/libraryStorage";
import {
  datasetHeading,
  fixturePath,
  importStatus,
  openRiverland,
  riverland,
} from "./support/librarySupport";
import { expect, test } from "./support/pageErrors";

const KEY = "riverland-fixture";

test("a dataset replaced by an import lists its old changes, but not to undo, and says why", async ({
  page,
}) => {
  await page.goto("/?code=1");
  await openRiverland(page);
  const drawer = await deleteStatementReading(
    page,
    "Upland Republic",
    "Water allocation",
    "The 1950 shares are the only fair shares.",
  );
  await expect(page.getByText(/^12 statements ·/)).toBeVisible();
  await drawer.getByRole("button", { name: /^Close/ }).click();

  // The same file again, replacing the kept one: the deletion is not in it.
  await page.getByLabel("Open dataset…").setInputFiles(fixturePath("riverland.json"));
  await page
    .getByRole("dialog", { name: `“${riverland.meta.title}” is already kept` })
    .getByRole("button", { name: "Replace" })
    .click();
  await expect(importStatus(page)).toHaveText(/^Opened riverland\.json/);
  await expect(page.getByText(/^13 statements ·/)).toBeVisible();

  const history = page.getByRole("dialog", { name: "Change history" });
  for (const when of ["before reload", "after reload"]) {
    await expect(page.getByRole("button", { name: "Undo", exact: true }), when).toBeDisabled();
    await page.getByRole("button", { name: "Change history", exact: true }).click();
    await expect(history.getByRole("note"), when).toHaveText(
      "These changes were made to an earlier version of this dataset, which has since been replaced (by an import, a restore or another tab), so they cannot be undone on it. The next change starts a new history.",
    );
    await expect(history.getByRole("listitem"), when).toHaveText([
      /^Deleted statement: Ilse Marrow on Water allocation, 10 March 2025 · /,
      /^Before the first change/,
    ]);
    await expect(history.getByRole("button", { name: "Revert to this point" })).toHaveCount(0);
    await history.getByRole("button", { name: "Close" }).click();
    if (when === "before reload") {
      await page.reload();
      await expect(datasetHeading(page, riverland.meta.title)).toBeVisible();
    }
  }
});

test("a damaged stored history opens the dataset without it, says so, and a new one begins", async ({
  page,
}) => {
  await page.goto("/?code=1");
  await openRiverland(page);
  await putRawHistory(page, {
    key: KEY,
    revision: "hand-edited",
    position: 1,
    entries: "cut short",
  });
  await page.reload();

  await expect(datasetHeading(page, riverland.meta.title)).toBeVisible();
  await expect(page.getByText(/^13 statements ·/)).toBeVisible();
  await expect(page.getByRole("status", { name: "Notices" })).toContainText(
    `The change history of “${riverland.meta.title}” could not be read (it holds no list of changes); the dataset opened without it.`,
  );
  await expect(page.getByRole("button", { name: "Undo", exact: true })).toBeDisabled();
  await page.getByRole("button", { name: "Change history", exact: true }).click();
  const history = page.getByRole("dialog", { name: "Change history" });
  await expect(history.getByRole("note")).toContainText(
    "The change history kept for this dataset could not be read (it holds no list of changes), so it starts again from here.",
  );
  await expect(history.getByText("No changes to this dataset yet.")).toBeVisible();
  await history.getByRole("button", { name: "Close" }).click();

  const drawer = await deleteStatementReading(
    page,
    "Upland Republic",
    "Water allocation",
    "The 1950 shares are the only fair shares.",
  );
  await expect(page.getByText(/^12 statements ·/)).toBeVisible();
  await drawer.getByRole("button", { name: /^Close/ }).click();
  await page.reload();
  await expect(page.getByText(/^12 statements ·/)).toBeVisible();
  await page.getByRole("button", { name: "Change history", exact: true }).click();
  await expect(history.getByRole("note")).toHaveCount(0);
  await expect(history.getByRole("listitem")).toHaveText([
    /^Deleted statement: Ilse Marrow on Water allocation, 10 March 2025 · .* \(current\)/,
    /^Before the first change/,
  ]);
});
