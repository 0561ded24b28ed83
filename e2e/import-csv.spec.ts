// Flow: an analyst opens the statements they coded in a spreadsheet, saved as CSV.
import {
  datasetHeading,
  fixturePath,
  importStatus,
  openDatasetFile,
} from "./support/librarySupport";
import { expect, test } from "./support/pageErrors";

const ISSUE_NAMES = ["Water allocation", "Upland dam", "Flow monitoring"];

// Each issue's stances by the fixture's stanceRank column (ranks with gaps: 1, 2, 4, 5, 6 for
// water allocation; 1, 3, 4 for flow monitoring).
const STANCES_BY_RANK: Record<string, string[]> = {
  "Water allocation": [
    "Historic shares only",
    "Historic shares plus drought clause",
    "Mixed formula",
    "Equal thirds",
    "Downstream needs first",
  ],
  "Upland dam": ["Build as planned", "Build under joint control", "Halt construction"],
  "Flow monitoring": ["Each state measures", "Joint commission", "Outside monitors"],
};

test("a statements CSV opens with its parties, issues and stance order", async ({ page }) => {
  await page.goto("/");
  await openDatasetFile(page, fixturePath("riverland-statements.csv"));

  await expect(importStatus(page)).toHaveText("Opened riverland-statements.csv: 12 statements.");
  await expect(datasetHeading(page, "riverland-statements")).toBeVisible();
  const table = page.getByRole("table", { name: /^Positions/ });
  // Worked out from the fixture: issues and parties in the order they first appear.
  await expect(table.getByRole("rowheader")).toHaveText(ISSUE_NAMES);
  for (const party of ["Upland Republic", "Deltaport Union", "Midvale Federation"])
    await expect(table.getByRole("columnheader", { name: party, exact: true })).toBeVisible();

  // The method view lists each issue's scale in the order the stanceRank column gave.
  await page.getByRole("tab", { name: "Method" }).click();
  for (const [issue, stances] of Object.entries(STANCES_BY_RANK)) {
    const scale = page.getByRole("region", { name: issue, exact: true });
    await expect(scale.getByRole("listitem")).toContainText(stances);
  }
});
