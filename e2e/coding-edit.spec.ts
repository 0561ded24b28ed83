// Flow: an analyst fixes a statement, deletes one, undoes, redoes and reverts, reloads and finds
// every confirmed change kept, the change history with it (Undo still works); the built-in
// dataset is never overwritten; a second tab is told.

import { deleteStatementReading, openCellDrawer } from "./support/codingSupport";
import {
  datasetHeading,
  datasetSwitcher,
  openRiverland,
  riverland,
} from "./support/librarySupport";
import { dataset } from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";

// The Riverland fixture has 13 statements.
const EDITED = "Midvale proposes half history, half population.";
const ORIGINAL = riverland.statements.find((statement) => statement.id === "r5")?.summary ?? "";

test("edit and delete a statement, undo, redo and revert, and reload keeps them and their history", async ({
  page,
}) => {
  await page.goto("/?code=1");
  await openRiverland(page);
  await page.getByRole("button", { name: /^Midvale Federation on Water allocation:/ }).click();
  const drawer = page.getByRole("dialog", { name: "Midvale Federation on Water allocation" });
  const card = drawer.getByRole("article").filter({ hasText: "Half history, half people" });
  await card.getByRole("button", { name: "Edit statement" }).click();
  const form = page.getByRole("dialog", { name: "Edit statement" });
  await form.getByLabel("Summary").fill(EDITED);
  await form.getByRole("button", { name: "Save statement" }).click();
  await expect(form).toHaveCount(0);
  await expect(card).toContainText(EDITED);
  await card.getByRole("button", { name: "Delete statement" }).click();
  await expect(page.getByText(/^12 statements ·/)).toBeVisible();
  await drawer.getByRole("button", { name: /^Close/ }).click();

  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(page.getByText(/^13 statements ·/)).toBeVisible();
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(
    page.getByRole("status").filter({
      hasText:
        "Saved: Undid “Edited statement: Ana Velt on Water allocation, 18 April 2025 (summary)”.",
    }),
  ).toBeVisible();
  await page.getByRole("button", { name: /^Midvale Federation on Water allocation:/ }).click();
  await expect(drawer.getByRole("article").filter({ hasText: "Half history" })).toContainText(
    ORIGINAL,
  );
  await drawer.getByRole("button", { name: /^Close/ }).click();
  // Redo by keyboard, outside any text field.
  await page.getByRole("button", { name: "Redo", exact: true }).focus();
  await page.keyboard.press("Control+Shift+Z");
  await expect(
    page.getByRole("status").filter({
      hasText:
        "Saved: Redid “Edited statement: Ana Velt on Water allocation, 18 April 2025 (summary)”.",
    }),
  ).toBeVisible();

  await page.getByRole("button", { name: "Change history" }).click();
  const history = page.getByRole("dialog", { name: "Change history" });
  await expect(history.getByRole("listitem")).toHaveText([
    /^Deleted statement: Ana Velt on Water allocation, 18 April 2025 · .* \(undone\)/,
    /^Edited statement: Ana Velt on Water allocation, 18 April 2025 \(summary\) · .* \(current\)/,
    /^Before the first change/,
  ]);
  await history.getByRole("button", { name: "Revert to this point" }).last().click();
  await expect(history.getByRole("listitem").nth(1)).toContainText("(undone)");
  // Reverted to before the first change, then redone once more: the edit is what is kept.
  await history.getByRole("button", { name: "Revert to this point" }).nth(1).click();
  await expect(history.getByRole("listitem").nth(1)).toContainText("(current)");
  await history.getByRole("button", { name: "Close" }).click();

  await page.reload();
  await expect(datasetHeading(page, riverland.meta.title)).toBeVisible();
  await expect(page.getByText(/^13 statements ·/)).toBeVisible();
  await page.getByRole("button", { name: /^Midvale Federation on Water allocation:/ }).click();
  await expect(drawer.getByRole("article").filter({ hasText: "Half history" })).toContainText(
    EDITED,
  );
  await drawer.getByRole("button", { name: /^Close/ }).click();

  // The change history was kept with the dataset: listed as before the reload, and undoable.
  await page.getByRole("button", { name: "Change history" }).click();
  await expect(history.getByRole("listitem")).toHaveText([
    /^Deleted statement: Ana Velt on Water allocation, 18 April 2025 · .* \(undone\)/,
    /^Edited statement: Ana Velt on Water allocation, 18 April 2025 \(summary\) · .* \(current\)/,
    /^Before the first change/,
  ]);
  await history.getByRole("button", { name: "Close" }).click();
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(
    page.getByRole("status").filter({
      hasText:
        "Saved: Undid “Edited statement: Ana Velt on Water allocation, 18 April 2025 (summary)”.",
    }),
  ).toBeVisible();
  await page.getByRole("button", { name: /^Midvale Federation on Water allocation:/ }).click();
  await expect(drawer.getByRole("article").filter({ hasText: "Half history" })).toContainText(
    ORIGINAL,
  );
});

test("the built-in dataset is never overwritten: the first edit makes an edited copy", async ({
  page,
}) => {
  await page.goto("/?code=1&view=statements");
  await page
    .getByRole("button", { name: /^Details: / })
    .first()
    .click();
  await page.getByRole("button", { name: "Edit statement" }).click();
  const form = page.getByRole("dialog", { name: "Edit statement" });
  await form.getByLabel("Summary").fill("A summary edited by the test.");
  await form.getByRole("button", { name: "Save statement" }).click();
  await expect(datasetHeading(page, `${dataset.meta.title} (edited)`)).toBeVisible();
  await page.getByRole("button", { name: "Open the original dataset" }).click();
  await expect(datasetHeading(page, dataset.meta.title)).toBeVisible();
  await page.getByRole("tab", { name: "Statements" }).click();
  await expect(page.getByRole("button", { name: /^Details: / }).first()).toBeVisible();
  await expect(page.getByText("A summary edited by the test.")).toHaveCount(0);
  await page.reload();
  await expect(datasetHeading(page, dataset.meta.title)).toBeVisible();

  // Editing the original again makes a second copy beside the first, with no question about
  // a file: the first copy and its edit are kept, one click away.
  await page.getByRole("tab", { name: "Statements" }).click();
  await page
    .getByRole("button", { name: /^Details: / })
    .first()
    .click();
  await page.getByRole("button", { name: "Edit statement" }).click();
  await form.getByLabel("Summary").fill("A second edit of the original.");
  await form.getByRole("button", { name: "Save statement" }).click();
  await expect(datasetHeading(page, `${dataset.meta.title} (edited 2)`)).toBeVisible();
  await expect(page.getByRole("dialog", { name: /is already kept/ })).toHaveCount(0);
  await page.getByRole("button", { name: "Open the original dataset" }).click();
  await page.getByRole("button", { name: "Open your edited copy" }).click();
  await expect(datasetHeading(page, `${dataset.meta.title} (edited 2)`)).toBeVisible();
  // The first copy is still listed, with its edit.
  const firstCopy = datasetSwitcher(page).getByRole("option", {
    name: `${dataset.meta.title} (edited) · ${dataset.statements.length} statements`,
    exact: false,
  });
  await expect(firstCopy).toHaveCount(1);
  await datasetSwitcher(page).selectOption((await firstCopy.getAttribute("value")) ?? "");
  await expect(datasetHeading(page, `${dataset.meta.title} (edited)`)).toBeVisible();
  await expect(page.getByText("A summary edited by the test.")).toBeVisible();
});

test("a second tab with the same dataset is told of an edit and shows it", async ({
  page,
  context,
}) => {
  await page.goto("/?code=1");
  await openRiverland(page);
  const other = await context.newPage();
  await other.goto("/?dataset=riverland-fixture&code=1");
  await expect(datasetHeading(other, riverland.meta.title)).toBeVisible();

  await deleteStatementReading(
    page,
    "Upland Republic",
    "Water allocation",
    "The 1950 shares are the only fair shares.",
  );
  await expect(page.getByText(/^12 statements ·/)).toBeVisible();
  await expect(other.getByText(/^12 statements ·/)).toBeVisible();
  await expect(
    other.getByText(
      `“${riverland.meta.title}” was changed in another tab; this is its new version.`,
    ),
  ).toBeVisible();

  // The second tab's own edit builds on the first's and comes back to it.
  await other.getByRole("button", { name: /^Deltaport Union on Water allocation:/ }).click();
  await other
    .getByRole("dialog", { name: "Deltaport Union on Water allocation" })
    .getByRole("article")
    .filter({ hasText: "Without water at the mouth" })
    .getByRole("button", { name: "Delete statement" })
    .click();
  await expect(other.getByText(/^11 statements ·/)).toBeVisible();
  await expect(page.getByText(/^11 statements ·/)).toBeVisible();
});

test("a form left open in a second tab cannot save over an edit the first tab made", async ({
  page,
  context,
}) => {
  await page.goto("/?code=1");
  await openRiverland(page);
  const other = await context.newPage();
  await other.goto("/?dataset=riverland-fixture&code=1");
  await expect(datasetHeading(other, riverland.meta.title)).toBeVisible();
  const openEdit = async (tab: typeof page) => {
    const drawer = await openCellDrawer(tab, "Midvale Federation", "Water allocation");
    await drawer
      .getByRole("article")
      .filter({ hasText: "Half history, half people" })
      .getByRole("button", { name: "Edit statement" })
      .click();
    return tab.getByRole("dialog", { name: "Edit statement" });
  };

  // The second tab opens the form first and leaves it open.
  const staleForm = await openEdit(other);
  const form = await openEdit(page);
  await form.getByLabel("Summary").fill(EDITED);
  await form.getByRole("button", { name: "Save statement" }).click();
  await expect(form).toHaveCount(0);
  await expect(
    other.getByText(
      `“${riverland.meta.title}” was changed in another tab; this is its new version.`,
    ),
  ).toBeVisible();

  await staleForm.getByLabel("Summary").fill("Midvale wants the old shares after all.");
  await staleForm.getByRole("button", { name: "Save statement" }).click();
  await expect(staleForm).toContainText(
    "Not saved: this statement was changed in another tab (or removed) while the form was open",
  );
  // What the user typed is still in the form, and the first tab's edit is what is kept.
  await expect(staleForm.getByLabel("Summary")).toHaveValue(
    "Midvale wants the old shares after all.",
  );
  await page.reload();
  const drawer = await openCellDrawer(page, "Midvale Federation", "Water allocation");
  await expect(drawer.getByRole("article").filter({ hasText: "Half history" })).toContainText(
    EDITED,
  );
});
