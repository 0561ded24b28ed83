// Flow: a reader who does not trust state media hides it, sees the count fall, and shares the
// link. Expected counts worked out by hand from data/russia-ukraine.json: 65 statements, 25 of
// them cite one of the four Russia Today sources (rt-putin-ready, rt-f35, rt-not-interested,
// rt-freeze), the only sources of kind "state-media"; 65 − 25 = 40 remain. (3.0.0: 2.0.0's 26,
// less s047, s065, s066, plus s070, s071, s072; then s054 merged into s043.)
import { openFilters } from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";
import { openStatements } from "./support/statementsSupport";

test("'Hide state media' leaves out the 26 statements from state media, and the link keeps it", async ({
  page,
}) => {
  const view = await openStatements(page);
  await expect(view.getByRole("status")).toHaveText("65 of 65 statements");
  // The table says the source's kind in words.
  await expect(view.getByText(/^state media, undated$/).first()).toBeVisible();

  await openFilters(page);
  const box = page.getByRole("checkbox", { name: "Hide state media" });
  await expect(box).not.toBeChecked();
  await box.check();
  await expect(view.getByRole("status")).toHaveText("40 of 65 statements");
  await expect(view.getByText(/^state media, undated$/)).toHaveCount(0);
  await expect(page).toHaveURL(/[?&]nostate=1(&|$)/);
  await expect(page.getByRole("button", { name: /^Filters/ })).toHaveAccessibleName(/1 active/);

  await page.reload();
  await expect(view.getByRole("status")).toHaveText("40 of 65 statements");
  await openFilters(page);
  await expect(page.getByRole("checkbox", { name: "Hide state media" })).toBeChecked();
});
