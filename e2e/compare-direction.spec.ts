// Flow: in compare mode a reader sees which way each position moved. Riverland with named
// scale ends; as of 14 June 2025 against 19 April 2025, worked out by hand from the fixture:
// Upland moved on water allocation from "Historic shares only" (1 of 6) to "Historic shares
// plus drought clause" (2 of 6), one step toward Deltaport's ask (statement r9, 12 June);
// Deltaport from "Downstream needs first" (6 of 6) to "Equal thirds" (5 of 6), one step
// toward Upland's ask; Midvale stayed on "Mixed formula" (4 of 6). The gap Upland–Midvale on
// allocation went from 3 of 5 steps (0.6) to 2 of 5 (0.4); on monitoring it stayed 2 of 3.
import type { Page } from "@playwright/test";
import { showMatrixControls } from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";
import { openPolesFixture } from "./support/polesFixture";

// Each test opens a fixture through the import worker first, which is slow on a busy machine.
test.describe.configure({ timeout: 90_000 });

async function compareFromApril(page: Page) {
  await openPolesFixture(page);
  await showMatrixControls(page);
  await page.getByRole("checkbox", { name: "Compare with an earlier date" }).check();
  await page.getByLabel("Compare from (date)").fill("2025-04-19");
  await expect(page.getByText("3 cells changed between the two dates.")).toBeVisible();
}

function cell(page: Page, party: string, issue: string) {
  return page.getByRole("button", { name: new RegExp(`${party} on ${issue}:`) });
}

test("an unchanged cell stays quiet; a changed one says how far and which way", async ({
  page,
}) => {
  await compareFromApril(page);
  const midvale = cell(page, "Midvale Federation", "Water allocation");
  await expect(midvale).not.toContainText("→");
  // Held since its one statement, r5 of 18 April.
  await expect(midvale).toHaveAccessibleName(
    /Mixed formula, 4 of 6\. Since 18 April 2025 · 1 statement\.$/,
  );

  const upland = cell(page, "Upland Republic", "Water allocation");
  await expect(upland).toContainText("Moved 1 step toward Deltaport's ask");
  await expect(upland).toHaveAccessibleName(
    /Historic shares only \(1 of 6\) → Historic shares plus drought clause, 2 of 6; Changed; Moved 1 step toward Deltaport's ask\. Since 12 June 2025 · /,
  );
  await expect(cell(page, "Deltaport Union", "Water allocation")).toContainText(
    "Moved 1 step toward Upland's ask",
  );
});

test("the gap column says narrowed or unchanged", async ({ page }) => {
  await compareFromApril(page);
  const table = page.getByRole("table");
  await expect(table.getByRole("row", { name: /^Water allocation/ })).toContainText(
    "Narrowed: 0.6 → 0.4 apart (2 of 5 steps)",
  );
  await expect(table.getByRole("row", { name: /^Flow monitoring/ })).toContainText(
    "Unchanged: 0.67 apart (2 of 3 steps)",
  );
});

test("the drawer marks the statement that made the change", async ({ page }) => {
  await compareFromApril(page);
  await cell(page, "Upland Republic", "Water allocation").click();
  const drawer = page.getByRole("dialog", { name: "Upland Republic on Water allocation" });
  await expect(drawer).toContainText("Moved 1 step toward Deltaport's ask since 19 April 2025.");
  const cards = drawer.getByRole("article");
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(1)).toContainText("This statement made the change since 19 April 2025");
  await expect(cards.nth(1)).toContainText("12 June 2025 · Piet Olan");
  await expect(cards.nth(0)).not.toContainText("made the change");
});
