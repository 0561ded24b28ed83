// Flow: a diplomat checks what the stance scales and the gap mean before quoting a number.
import { fileURLToPath } from "node:url";
import { dataset } from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";

test("the method view shows each issue's stances in scale order", async ({ page }, testInfo) => {
  await page.goto("/?view=method");
  const view = page.getByRole("article", { name: "Method" });
  await expect(view.getByRole("heading", { name: "What the gap measures" })).toBeVisible();

  for (const issue of dataset.issues) {
    const scale = view.getByRole("region", { name: issue.name, exact: true });
    const labels = scale.getByRole("listitem");
    await expect(labels).toHaveCount(issue.stances.length);
    for (const [index, stance] of issue.stances.entries()) {
      await expect(labels.nth(index)).toContainText(stance.label);
    }
  }
  await page.screenshot({
    path: fileURLToPath(
      new URL(`../screenshots/method-${testInfo.project.name}.png`, import.meta.url),
    ),
    fullPage: true,
  });
});
