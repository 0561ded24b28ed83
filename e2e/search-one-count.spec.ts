// Flow: an analyst searches for a word that names an issue and gets every statement on it,
// with one search box and counts that agree. Expected values are counted by hand in
// data/russia-ukraine.json: 65 statements; 10 on the issue "Ceasefire conditions", of which
// only 7 (not s015, s061, s071) say "ceasefire" in their own words; one statement on another
// issue (s010, security guarantees) says it in its text: 11 in all once issue names are searched.
import { openFilters } from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";

test("searching 'ceasefire' finds every statement on the issue 'Ceasefire conditions'", async ({
  page,
}) => {
  await page.goto("/?view=statements");
  const view = page.getByRole("region", { name: "Statements", exact: true });
  await expect(view.getByRole("status")).toHaveText("65 of 65 statements");
  // One search box on the page: the filter bar's.
  await expect(page.getByRole("searchbox", { name: "Search the table" })).toHaveCount(0);
  await openFilters(page);
  await page.getByRole("searchbox", { name: "Search statements" }).fill("ceasefire");
  await expect(page.getByRole("region", { name: "Filters" }).getByRole("status")).toHaveText(
    "11 of 65 statements",
  );
  await expect(view.getByRole("status")).toHaveText("11 of 65 statements");

  await view.getByRole("button", { name: "Column filters" }).click();
  await view.getByRole("searchbox", { name: "Issue contains" }).fill("Ceasefire conditions");
  await expect(view.getByRole("status")).toHaveText("10 of 65 statements");
  await expect(
    view.getByText("The column filters keep 10 of the 11 statements the filters leave."),
  ).toBeVisible();
});
