// Flow: an analyst sets the date filter's "To" and the matrix shows positions on that date,
// and says why. The default dataset's last statement is dated 21 August 2025.
import { openFilters, showMatrixControls } from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";

test("To = 2024-12-31 shows positions as of 31 December 2024, and says the filter set it", async ({
  page,
}) => {
  await page.goto("/?to=2024-12-31");
  await expect(
    page.getByRole("table", {
      name: /^Positions as of 31 December 2024, the end of the date filter · /,
    }),
  ).toBeVisible();
  await showMatrixControls(page);
  await expect(page.getByLabel("As of (date)")).toHaveValue("2024-12-31");
});

test("setting To in the filters moves the matrix date with it", async ({ page }) => {
  await page.goto("/");
  await openFilters(page);
  await page.getByRole("textbox", { name: "To", exact: true }).fill("2024-12-31");
  await expect(
    page.getByRole("table", {
      name: /^Positions as of 31 December 2024, the end of the date filter · /,
    }),
  ).toBeVisible();
});
