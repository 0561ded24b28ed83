// Flow: a reader follows how far apart two parties stood, including moves packed into a few
// days. Riverland with named poles; the gap pair defaults to Upland and Midvale. By hand from
// the fixture: on water allocation (6 stances, 5 steps) they first both hold a stance on
// 18 April 2025 (Historic shares only vs Mixed formula: 3 steps, 0.6), and on 12 June Upland
// moves to Historic shares plus drought clause (2 steps, 0.4).
import { expect, test } from "./support/pageErrors";
import { openPolesFixture } from "./support/polesFixture";

// Each test opens a fixture through the import worker first, which is slow on a busy machine.
test.describe.configure({ timeout: 90_000 });

const GAP_FIGURE = "Gap between Upland Republic and Midvale Federation by issue";

test("hovering a gap marker shows both stances and the gap", async ({ page }) => {
  await openPolesFixture(page, "/?view=timeline");
  const gaps = page.getByRole("figure", { name: GAP_FIGURE });
  await gaps.locator("[data-timeline-marker]").first().hover();
  const tooltip = page.getByRole("tooltip");
  await expect(tooltip).toContainText("18 April 2025 · Water allocation");
  await expect(tooltip).toContainText("Upland Republic: Historic shares only");
  await expect(tooltip).toContainText("Midvale Federation: Mixed formula");
  await expect(tooltip).toContainText("Gap 0.6 (3 of 5 steps)");
});

test("a tap pins the gap tooltip until Escape", async ({ page }) => {
  await openPolesFixture(page, "/?view=timeline");
  const gaps = page.getByRole("figure", { name: GAP_FIGURE });
  await gaps.locator("[data-timeline-marker]").nth(1).click();
  await expect(page.getByRole("tooltip")).toContainText("Gap 0.4 (2 of 5 steps)");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("tooltip")).toHaveCount(0);
});

test("zooming the charts to a few days shows those days", async ({ page }) => {
  await openPolesFixture(page, "/?view=timeline");
  await page.getByLabel("Zoom from").fill("2025-06-10");
  await page.getByLabel("Zoom to").fill("2025-06-15");
  const allocation = page.getByRole("figure", { name: "Water allocation: stances over time" });
  // Day ticks: 9 to 16 June with a day's margin each side. A 1280 px chart has room for a
  // tick every day or two (12 and 14 June among them), a 360 px one for every third (11, 14).
  await expect(allocation.getByText("14 Jun", { exact: true })).toBeVisible();
  await allocation.getByRole("button", { name: "Show data table" }).click();
  // r9 (12 June) and r11 (14 June) are the allocation statements in the range.
  await expect(allocation.getByRole("table")).toContainText("Water allocation: 2 statements");
  await page.getByRole("button", { name: "Whole period" }).click();
  await expect(allocation.getByRole("table")).toContainText("Water allocation: 5 statements");
});

test("the table button says Hide once the table is open", async ({ page }) => {
  await openPolesFixture(page, "/?view=timeline");
  const gaps = page.getByRole("figure", { name: GAP_FIGURE });
  await gaps.getByRole("button", { name: "Show data table" }).click();
  const hide = gaps.getByRole("button", { name: "Hide data table" });
  await expect(hide).toHaveAttribute("aria-expanded", "true");
  await hide.click();
  await expect(gaps.getByRole("button", { name: "Show data table" })).toHaveAttribute(
    "aria-expanded",
    "false",
  );
});
