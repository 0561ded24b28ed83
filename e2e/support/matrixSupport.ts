// Shared by the matrix and shell specs: the default dataset read as plain JSON, and the few
// page steps every flow repeats. Expected values are read from the file (datasetFacts.ts), not
// computed with the app's own functions.
import type { Locator, Page } from "@playwright/test";
import type { Dataset } from "../../src/domain/schema";
import { readDatasetFile, statementDates } from "./datasetFacts";

export const dataset: Dataset = readDatasetFile(
  new URL("../../data/russia-ukraine.json", import.meta.url),
);

export const dates = statementDates(dataset);
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

// On a phone the matrix's date, compare and gap controls fold behind one button (so the first
// screen shows positions); opens it where it is shown and closed. On wider screens: nothing.
export async function showMatrixControls(page: Page): Promise<void> {
  const fold = page.getByRole("button", { name: "Date, compare and gap" });
  if ((await fold.count()) === 0) return;
  if ((await fold.getAttribute("aria-expanded")) === "false") await fold.click();
}
