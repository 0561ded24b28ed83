import { showMatrixControls } from "./support/matrixSupport";
// Flow: an analyst narrows the parties and still reads the gap between the two parties the
// gap measures, the same pair on the matrix and on the timeline. Expected values are worked
// out by hand from data/russia-ukraine.json: on 21 August 2025 Russia's last clear stance on
// Territory is "recognised as Russian, Ukraine withdraws" (3rd of 3) and Ukraine's "freeze, no
// recognition" (2nd of 3): 1 of 2 steps. On NATO membership Russia holds formal neutrality
// (4th of 4; its no-stance statement that day erases nothing) and Ukraine "other alliance"
// (2nd of 4): 2 of 3 steps.
import { expect, test } from "./support/pageErrors";

test("Parties = Ukraine only still measures the gap with Russia, and says so", async ({ page }) => {
  await page.goto("/?parties=ukraine");
  const table = page.getByRole("table", { name: /^Positions/ });
  await expect(table.getByRole("columnheader", { name: "Gap: Ukraine – Russia" })).toBeVisible();
  const territory = table.getByRole("row", { name: /^Territory/ });
  await expect(territory.getByRole("cell").last()).toHaveText("0.5 apart (1 of 2 steps)");
  const nato = table.getByRole("row", { name: /^NATO membership/ });
  await expect(nato.getByRole("cell").last()).toHaveText("0.67 apart (2 of 3 steps)");
  await showMatrixControls(page);
  await expect(
    page.getByText(
      "The gap compares Ukraine and Russia, whatever the party filter shows: Russia is hidden by the filter but still measured.",
    ),
  ).toBeVisible();
});

test("the matrix and the timeline measure the same gap pair under a party filter", async ({
  page,
}) => {
  await page.goto("/?parties=united-states,european-allies");
  await expect(
    page.getByRole("columnheader", { name: "Gap: United States – European allies" }),
  ).toBeVisible();
  await page.getByRole("tab", { name: "Timeline" }).click();
  await expect(
    page.getByRole("figure", { name: "Gap between United States and European allies by issue" }),
    // The six stance charts draw first; on a busy machine that takes a while.
  ).toBeVisible({ timeout: 15_000 });
});

test("a gap pair chosen on the matrix is the timeline's pair", async ({ page }) => {
  await page.goto("/");
  await showMatrixControls(page);
  await page
    .getByRole("combobox", { name: "Second party" })
    .selectOption({ label: "United States" });
  await page.getByRole("tab", { name: "Timeline" }).click();
  await expect(
    page.getByRole("figure", { name: "Gap between Russia and United States by issue" }),
    // The six stance charts draw first; on a busy machine that takes a while.
  ).toBeVisible({ timeout: 15_000 });
});
