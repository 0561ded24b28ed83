// Flow: a diplomat narrows everything to the issues they follow.
import { dataset, matrixTable, openFilters } from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";

test("ticking issues narrows the matrix rows and the statement count", async ({ page }) => {
  const [first, second] = dataset.issues;
  if (!first || !second) throw new Error("the dataset needs two issues for this test");
  const total = dataset.statements.length;
  await page.goto("/");
  await openFilters(page);
  const table = matrixTable(page);
  await expect(table.getByRole("rowheader")).toHaveCount(dataset.issues.length);

  await page.getByRole("checkbox", { name: first.name, exact: true }).check();
  await expect(table.getByRole("rowheader")).toHaveCount(1);
  await expect(table.getByRole("rowheader")).toHaveText(first.name);
  const oneIssue = dataset.statements.filter((statement) => statement.issueId === first.id).length;
  await expect(page.getByRole("status").filter({ hasText: "statements" })).toHaveText(
    `${oneIssue} of ${total} statements`,
  );

  await page.getByRole("checkbox", { name: second.name, exact: true }).check();
  await expect(table.getByRole("rowheader")).toHaveText([first.name, second.name]);

  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(table.getByRole("rowheader")).toHaveCount(dataset.issues.length);
  await expect(page.getByRole("status").filter({ hasText: "statements" })).toHaveText(
    `${total} of ${total} statements`,
  );
});
