// Shared by the matrix and shell specs: the default dataset as the app sees it, and the
// few page steps every flow repeats. Expected values are computed from this, never typed in.
import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { type Dataset, datasetSchema } from "../../src/domain/schema";
import { indexStatements } from "../../src/domain/statementIndex";

export const dataset: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync(new URL("../../data/russia-ukraine.json", import.meta.url), "utf8")),
);

export const dates = indexStatements(dataset).dates;
export const latestDate = dates[dates.length - 1] ?? "";

export function issueOf(id: string) {
  const issue = dataset.issues.find((candidate) => candidate.id === id);
  if (!issue) throw new Error(`no issue ${id}`);
  return issue;
}

export function partyOf(id: string) {
  const party = dataset.parties.find((candidate) => candidate.id === id);
  if (!party) throw new Error(`no party ${id}`);
  return party;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// The matrix cell button of a party on an issue (its name starts "Russia on Territory:").
export function matrixCell(page: Page, issueId: string, partyId: string): Locator {
  const name = `${partyOf(partyId).name} on ${issueOf(issueId).name}:`;
  return page.getByRole("button", { name: new RegExp(`^${escapeRegExp(name)}`) });
}

// The filters start folded on phones; opens them if they are.
export async function openFilters(page: Page): Promise<void> {
  const toggle = page.getByRole("button", { name: /^Filters/ });
  if ((await toggle.getAttribute("aria-expanded")) === "false") await toggle.click();
}

export function matrixTable(page: Page): Locator {
  return page.getByRole("table", { name: /^Positions/ });
}
