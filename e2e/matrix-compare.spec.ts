// Flow: a journalist turns on compare mode to see which positions moved since a date.
import { stanceHeld } from "./support/datasetFacts";
import {
  dataset,
  dates,
  escapeRegExp,
  latestDate,
  matrixCell,
  showMatrixControls,
} from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";

// The cells whose stance at the latest date differs from the one held at `date` (a stance
// that appears where there was none counts; one cannot disappear).
function changesSince(date: string) {
  return dataset.issues.flatMap((issue) =>
    dataset.parties.flatMap((party) => {
      const now = stanceHeld(dataset, issue, party.id, latestDate);
      const then = stanceHeld(dataset, issue, party.id, date);
      return now && then?.index !== now.index
        ? [{ issueId: issue.id, partyId: party.id, toStance: now.stance }]
        : [];
    }),
  );
}

// The latest earlier date from which at least one stance has changed by the latest date.
function findCompareDate() {
  for (const date of [...dates].reverse().slice(1)) {
    const changes = changesSince(date);
    if (changes.length > 0) return { date, changes };
  }
  throw new Error("no stance changes in the dataset");
}

test("compare mode marks a known change and counts the changed cells", async ({ page }) => {
  const { date, changes } = findCompareDate();
  const [change] = changes;
  if (!change) throw new Error("unreachable");
  const changedKeys = new Set(changes.map((each) => `${each.issueId}:${each.partyId}`));
  const unchanged = dataset.issues
    .flatMap((issue) => dataset.parties.map((party) => ({ issueId: issue.id, partyId: party.id })))
    .find((cell) => !changedKeys.has(`${cell.issueId}:${cell.partyId}`));
  await page.goto("/");

  await showMatrixControls(page);
  await page.getByRole("checkbox", { name: "Compare with an earlier date" }).check();
  await page.getByLabel("Compare from (date)").fill(date);

  const count = changes.length;
  await expect(
    page.getByText(`${count === 1 ? "1 cell" : `${count} cells`} changed between`),
  ).toBeVisible();
  const changedCell = matrixCell(page, change.issueId, change.partyId);
  await expect(changedCell).toHaveAccessibleName(/; Changed; Moved 1 step toward /);
  await expect(changedCell.getByText("Changed", { exact: true })).toBeVisible();
  await expect(changedCell).toHaveAccessibleName(
    new RegExp(escapeRegExp(`→ ${change.toStance.label}`)),
  );
  if (unchanged) {
    await expect(matrixCell(page, unchanged.issueId, unchanged.partyId)).not.toHaveAccessibleName(
      /Changed/,
    );
  }
  await expect(page).toHaveURL(new RegExp(`compare=${date}`));

  await page.getByRole("checkbox", { name: "Compare with an earlier date" }).uncheck();
  await expect(changedCell).not.toHaveAccessibleName(/Changed/);
});
