// Flow: an analyst opens the matrix and moves the "as of" date back to see an older position.
import { fileURLToPath } from "node:url";
import { type Held, stanceHeld, stanceWords } from "./support/datasetFacts";
import {
  dataset,
  dates,
  escapeRegExp,
  latestDate,
  matrixCell,
  matrixTable,
  showMatrixControls,
} from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";

// The latest date before the last one at which some cell held a different stance than it
// does now: found in the data, so the test follows the dataset as it changes.
function findDifferingCell() {
  for (const date of [...dates].reverse().slice(1)) {
    for (const issue of dataset.issues) {
      for (const party of dataset.parties) {
        const now = stanceHeld(dataset, issue, party.id, latestDate);
        const before = stanceHeld(dataset, issue, party.id, date);
        if (now && before?.index !== now.index) {
          return { date, issue, partyId: party.id, before, now };
        }
      }
    }
  }
  throw new Error("the dataset has no cell that changes over time");
}

// A cell with no stance yet says "No stated position" or, if it has statements, "No clear
// stance"; either way it names no stance label.
function cellWords(held: Held | null, issue: (typeof dataset.issues)[number]): RegExp {
  return held
    ? new RegExp(escapeRegExp(stanceWords(held, issue)))
    : /: No (stated position|clear stance)\./;
}

test("the matrix shows every issue and moving the as-of date changes a known cell", async ({
  page,
}, testInfo) => {
  const change = findDifferingCell();
  await page.goto("/");

  const table = matrixTable(page);
  await expect(table).toBeVisible();
  // One row header per issue (tbody) plus the corner header of the column row.
  await expect(table.getByRole("rowheader")).toHaveCount(dataset.issues.length);
  await expect(table.getByRole("columnheader")).toHaveCount(dataset.parties.length + 2);

  const cell = matrixCell(page, change.issue.id, change.partyId);
  await expect(cell).toHaveAccessibleName(cellWords(change.now, change.issue));

  await showMatrixControls(page);
  await page.getByLabel("As of (date)").fill(change.date);
  await expect(cell).toHaveAccessibleName(cellWords(change.before, change.issue));
  await expect(page).toHaveURL(new RegExp(`asOf=${change.date}`));

  // The slider's End key returns to the latest date, announced as a date, not an index.
  const slider = page.getByRole("slider", { name: "As of" });
  await slider.focus();
  await page.keyboard.press("End");
  await expect(slider).toHaveAttribute("aria-valuetext", formatDay(latestDate));
  await expect(cell).toHaveAccessibleName(cellWords(change.now, change.issue));

  await page.screenshot({
    path: fileURLToPath(
      new URL(`../screenshots/matrix-${testInfo.project.name}.png`, import.meta.url),
    ),
    fullPage: true,
  });
});

function formatDay(iso: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${iso}T00:00:00Z`));
}
