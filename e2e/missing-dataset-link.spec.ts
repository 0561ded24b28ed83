// Flow: someone follows a colleague's link to a dataset they never imported.

import { datasetHeading } from "./support/librarySupport";
import { dataset } from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";

test("a link to a dataset this browser lacks says so and shows the default", async ({ page }) => {
  await page.goto("/?dataset=ghost-talks&view=timeline");
  await expect(page.getByRole("status", { name: "Notices" })).toContainText(
    "This link is for dataset “ghost-talks”, which is not in this browser; showing the default dataset. Open the file to see it: the link's view is kept until then.",
  );
  await expect(datasetHeading(page, dataset.meta.title)).toBeVisible();
  await expect(page.getByRole("tab", { name: "Timeline" })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await expect(page.getByRole("figure", { name: /stances over time$/ })).toHaveCount(
    dataset.issues.length,
  );
  await expect(page).toHaveURL(/\/\?view=timeline$/);
});
