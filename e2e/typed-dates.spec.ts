// Flow: an analyst types a date into "As of" or "Compare from" key by key, as people do, and
// the matrix shows that date (not another one the half-typed value passed through).
// Expected values are written out from data/russia-ukraine.json: statements run from
// 1 June 2024 to 21 August 2025. The browser's locale is en-US, so dates are typed mm/dd/yyyy.
import type { Page } from "@playwright/test";
import { escapeRegExp, showMatrixControls } from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";

async function typeDate(page: Page, label: string, digits: string) {
  const input = page.getByLabel(label);
  // Focus lands on the first segment (the month), as on tabbing into the field.
  await showMatrixControls(page);
  await input.focus();
  await input.pressSequentially(digits, { delay: 40 });
}

// The caption's dates, then which parties and issues it shows ("· all 4 parties, …").
const caption = (page: Page, name: string) =>
  page.getByRole("table", { name: new RegExp(`^${escapeRegExp(name)} · `) });

test("typing 12/31/2024 into As of shows 31 December 2024", async ({ page }) => {
  await page.goto("/");
  await expect(caption(page, "Positions as of 21 August 2025")).toBeVisible();
  await typeDate(page, "As of (date)", "12312024");
  await expect(caption(page, "Positions as of 31 December 2024")).toBeVisible();
  await expect(page).toHaveURL(/asOf=2024-12-31/);
});

test("typing 11/08/2024 into As of shows 8 November 2024", async ({ page }) => {
  await page.goto("/");
  await typeDate(page, "As of (date)", "11082024");
  await expect(caption(page, "Positions as of 8 November 2024")).toBeVisible();
});

test("typing into Compare from shows the typed compare date", async ({ page }) => {
  await page.goto("/?asOf=2025-08-01");
  await showMatrixControls(page);
  await page.getByRole("checkbox", { name: "Compare with an earlier date" }).check();
  await typeDate(page, "Compare from (date)", "11082024");
  await expect(caption(page, "Positions on 8 November 2024 → 1 August 2025")).toBeVisible();
  await expect(page).toHaveURL(/compare=2024-11-08/);
});

test("a date after the last statement is not taken, and the page says why", async ({ page }) => {
  await page.goto("/");
  await typeDate(page, "As of (date)", "12312025");
  await expect(
    page.getByText(
      "31 December 2025 is after the last date shown, 21 August 2025. Still showing 21 August 2025.",
    ),
  ).toBeVisible();
  await expect(caption(page, "Positions as of 21 August 2025")).toBeVisible();
  await expect(page.getByLabel("As of (date)")).toHaveValue("2025-12-31");
  await expect(page).not.toHaveURL(/asOf=/);
});
