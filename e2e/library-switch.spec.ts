// Flow: an analyst moves between the default negotiation and their own with the switcher,
// and Back takes them to the previous one.

import {
  datasetHeading,
  datasetSwitcher,
  openRiverland,
  riverland,
} from "./support/librarySupport";
import { dataset, openFilters } from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";

test("the switcher changes the dataset, keeps the view and drops filters that do not fit", async ({
  page,
}) => {
  const defaultIssue = dataset.issues[0];
  const sharedView = "sources";
  if (!defaultIssue) throw new Error("the default dataset has issues");
  await page.goto("/");
  await openRiverland(page);
  await expect(datasetSwitcher(page).getByRole("option")).toHaveText([
    new RegExp(`^${dataset.meta.title} · ${dataset.statements.length} statements · built in$`),
    /· imported /,
  ]);

  await datasetSwitcher(page).selectOption({ index: 0 });
  await expect(datasetHeading(page, dataset.meta.title)).toBeVisible();
  await expect(page).not.toHaveURL(/dataset=/);

  await page.getByRole("tab", { name: "Sources" }).click();
  await openFilters(page);
  await page.getByRole("checkbox", { name: defaultIssue.name, exact: true }).check();
  await expect(page).toHaveURL(new RegExp(`issues=${defaultIssue.id}`));

  await datasetSwitcher(page).selectOption({ index: 1 });
  await expect(datasetHeading(page, riverland.meta.title)).toBeVisible();
  await expect(page).toHaveURL(`/?dataset=riverland-fixture&view=${sharedView}`);
  await expect(page.getByRole("tab", { name: "Sources" })).toHaveAttribute("aria-selected", "true");
  const total = riverland.statements.length;
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: / of \d+ statements$/ })
      .first(),
  ).toHaveText(`${total} of ${total} statements`);

  await page.goBack();
  await expect(datasetHeading(page, dataset.meta.title)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`issues=${defaultIssue.id}`));
});
