// Shared by the statements, export and sources specs: page steps and values read from the
// default dataset file with test-local code (datasetFacts.ts), never the app's functions.
import type { Locator, Page } from "@playwright/test";
import type { Statement } from "../../src/domain/schema";
import { shownDate, statementsWithWord } from "./datasetFacts";
import { dataset, openFilters } from "./matrixSupport";
import { expect } from "./pageErrors";

export async function openStatements(page: Page): Promise<Locator> {
  await page.goto("/?view=statements");
  const view = page.getByRole("region", { name: "Statements", exact: true });
  await expect(view).toBeVisible();
  return view;
}

// The accessible name of a row's details button, which identifies its statement.
export function detailsName(statement: Statement): string {
  return `Details: ${statement.speaker.name}, ${shownDate(statement)}`;
}

// A plain ASCII word from a summary that some but not all statements hold, so a search
// visibly narrows; `matches` are those statements in date order.
export function narrowingWord(): { word: string; count: number; matches: Statement[] } {
  const total = dataset.statements.length;
  for (const statement of dataset.statements) {
    for (const word of statement.summary.split(/[^A-Za-z]+/)) {
      if (word.length < 6) continue;
      const matches = statementsWithWord(dataset, word);
      if (matches.length > 1 && matches.length < total)
        return { word, count: matches.length, matches };
    }
  }
  throw new Error("no summary word narrows the statements");
}

export function countText(count: number): string {
  return `${count} of ${dataset.statements.length} statements`;
}

// Types into the one search box, the filter bar's (folded on phones).
export async function searchStatements(page: Page, text: string): Promise<void> {
  await openFilters(page);
  await page.getByRole("searchbox", { name: "Search statements" }).fill(text);
}
