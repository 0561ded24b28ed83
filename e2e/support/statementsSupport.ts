// Shared by the statements, export and sources specs: page steps and values computed from
// the default dataset with the app's own domain functions.
import type { Locator, Page } from "@playwright/test";
import { filterStatements } from "../../src/domain/filterStatements";
import type { Statement } from "../../src/domain/schema";
import { formatStatementDate } from "../../src/domain/statementColumns";
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
  return `Details: ${statement.speaker.name}, ${formatStatementDate(statement)}`;
}

// A word from a summary that some but not all statements match, so a search visibly narrows.
export function narrowingWord(): { word: string; count: number } {
  const total = dataset.statements.length;
  for (const statement of dataset.statements) {
    for (const word of statement.summary.split(/[^\p{L}]+/u)) {
      if (word.length < 6) continue;
      const count = filterStatements(dataset, { text: word }).length;
      if (count > 1 && count < total) return { word, count };
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
