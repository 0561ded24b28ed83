// Flow: a reader sees the negotiation's events on the timeline and jumps the matrix to one.
// Expected values from data/russia-ukraine.json by hand: 12 events, all inside the statements'
// period (2022-01-01 to 2025-08-21); "Trump takes office" is dated 2025-01-20, day precision.
import { showMatrixControls } from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";

test("each stance chart lists the events it marks, by date and title", async ({ page }) => {
  await page.goto("/?view=timeline");
  const figure = page.getByRole("figure", { name: /stances over time$/ }).first();
  await expect(figure).toBeVisible();
  await figure.getByText("Events marked on the chart (12)").click();
  await expect(figure.getByRole("listitem").filter({ hasText: "Trump takes office" })).toHaveText(
    "20 January 2025: Trump takes office",
  );
  // One dashed line per event date: the 12 events fall on 11 dates (2022-01-01, 2024-06-14,
  // 2024-11-01, 2024-11-07, 2025-01-20, 2025-03-01, 2025-03-13, 2025-05-01, 2025-08-15,
  // 2025-08-18 ×2, 2025-08-20): since 3.0.0 the August events and Witkoff's meeting are at the
  // day their statements use.
  await expect(figure.locator(".timeline-event-line")).toHaveCount(11);
});

test("choosing an event in 'Jump to event' sets the matrix's as-of date", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("table", { name: /^Positions/ })).toBeVisible();
  await showMatrixControls(page);
  const jump = page.getByRole("combobox", { name: "Jump to event" });
  await jump.selectOption({ label: "20 January 2025: Trump takes office" });
  await expect(page.getByRole("table", { name: /^Positions/ })).toHaveAccessibleName(
    /^Positions as of 20 January 2025/,
  );
  await expect(page).toHaveURL(/[?&]asOf=2025-01-20(&|$)/);
});
