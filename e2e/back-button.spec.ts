// Flow: someone switches tabs and uses the browser's Back and Forward to retrace them.
import { expect, test } from "./support/pageErrors";

test("Back returns to the previous tab and Forward comes back", async ({ page }) => {
  await page.goto("/");
  const tab = (name: string) => page.getByRole("tab", { name });
  await expect(tab("Matrix")).toHaveAttribute("aria-selected", "true");

  await tab("Statements").click();
  await expect(tab("Statements")).toHaveAttribute("aria-selected", "true");
  // Arrow keys move between tabs too (roving focus), each one a history step.
  await page.keyboard.press("ArrowRight");
  await expect(tab("Sources")).toHaveAttribute("aria-selected", "true");
  await expect(tab("Sources")).toBeFocused();
  await expect(page.getByRole("tabpanel", { name: "Sources" })).toBeVisible();

  await page.goBack();
  await expect(tab("Statements")).toHaveAttribute("aria-selected", "true");
  await page.goBack();
  await expect(tab("Matrix")).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("table", { name: /^Positions/ })).toBeVisible();
  await page.goForward();
  await expect(tab("Statements")).toHaveAttribute("aria-selected", "true");
});
