// Flow: someone sends a colleague a link; opening it shows the same view.
import { stanceHeld } from "./support/datasetFacts";
import {
  dataset,
  dates,
  escapeRegExp,
  matrixCell,
  matrixTable,
  openFilters,
  showMatrixControls,
} from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";

test("a link with parameters restores issues, date, layout and the open cell", async ({ page }) => {
  const [issueA, issueB] = dataset.issues;
  const [partyA, partyB] = dataset.parties;
  if (!issueA || !issueB || !partyA || !partyB) throw new Error("needs two issues and parties");
  const asOf = dates[Math.floor(dates.length / 2)] ?? "";
  await page.goto(
    `/?issues=${issueA.id},${issueB.id}&asOf=${asOf}&rows=parties&gap=${partyB.id},${partyA.id}&cell=${issueA.id}:${partyA.id}`,
  );

  const dialog = page.getByRole("dialog", { name: `${partyA.name} on ${issueA.name}` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();

  // Rows are parties now; columns the two issues.
  const table = matrixTable(page);
  await expect(table.getByRole("rowheader")).toHaveText([
    ...dataset.parties.map((party) => party.name),
    `Gap: ${partyB.name} – ${partyA.name}`,
  ]);
  await showMatrixControls(page);
  await expect(page.getByLabel("As of (date)")).toHaveValue(asOf);
  await openFilters(page);
  await expect(page.getByRole("checkbox", { name: issueA.name, exact: true })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: issueB.name, exact: true })).toBeChecked();
  const held = stanceHeld(dataset, issueA, partyA.id, asOf);
  await expect(matrixCell(page, issueA.id, partyA.id)).toHaveAccessibleName(
    held
      ? new RegExp(escapeRegExp(`: ${held.stance.label}, `))
      : /: No (stated position|clear stance)\./,
  );
});

test("the URL follows the user's choices, and reloading it restores them", async ({ page }) => {
  const issue = dataset.issues[dataset.issues.length - 1];
  if (!issue) throw new Error("no issues");
  await page.goto("/");
  await page.getByRole("tab", { name: "Statements" }).click();
  await openFilters(page);
  await page.getByRole("checkbox", { name: issue.name, exact: true }).check();
  await page.getByLabel("Search statements").fill("peace talks");
  await expect(page).toHaveURL(/view=statements/);
  await expect(page).toHaveURL(new RegExp(`issues=${issue.id}`));
  await expect(page).toHaveURL(/q=peace%20talks/);

  await page.reload();
  await expect(page.getByRole("tab", { name: "Statements" })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await openFilters(page);
  await expect(page.getByRole("checkbox", { name: issue.name, exact: true })).toBeChecked();
  await expect(page.getByLabel("Search statements")).toHaveValue("peace talks");
});
