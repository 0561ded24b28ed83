// Flow: an analyst opens their own negotiation as a JSON bundle and the page shows it.

import {
  datasetHeading,
  datasetSwitcher,
  importStatus,
  openRiverland,
  riverland,
  screenshot,
} from "./support/librarySupport";
import { expect, test } from "./support/pageErrors";

test("a JSON bundle opens, is shown and is listed in the switcher", async ({ page }, testInfo) => {
  await page.goto("/?view=statements");
  await openRiverland(page);

  const count = riverland.statements.length;
  await expect(importStatus(page)).toHaveText(`Opened riverland.json: ${count} statements.`);
  await expect(page).toHaveURL(/[?&]dataset=riverland-fixture(&|$)/);
  // The view stays on the tab the user was on.
  await expect(page.getByRole("tab", { name: "Statements" })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: /of \d+ statements$/ })
      .first(),
  ).toHaveText(`${count} of ${count} statements`);
  const selected = datasetSwitcher(page).getByRole("option", { selected: true });
  await expect(selected).toHaveText(
    new RegExp(
      `^${riverland.meta.title.replace(/[()]/g, "\\$&")} · ${count} statements · imported `,
    ),
  );
  await expect(datasetHeading(page, riverland.meta.title)).toBeVisible();
  await screenshot(page, testInfo, "library-switcher");
});
