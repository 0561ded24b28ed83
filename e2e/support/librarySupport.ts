// Shared by the dataset library specs: the Riverland fixture (a fictional negotiation with
// other parties, issues and stance counts than the default dataset) and the steps that open,
// switch and export datasets.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Page, TestInfo } from "@playwright/test";
import type { Dataset } from "../../src/domain/schema";
import { readDatasetFile } from "./datasetFacts";
import { expect } from "./pageErrors";

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
}

export const riverland: Dataset = readDatasetFile(
  new URL("../fixtures/riverland.json", import.meta.url),
);

export function datasetHeading(page: Page, title: string) {
  return page.getByRole("heading", { level: 1, name: title, exact: true });
}

export function datasetSwitcher(page: Page) {
  return page.getByRole("combobox", { name: "Dataset", exact: true });
}

export function importStatus(page: Page) {
  return page.getByRole("status", { name: "Import progress" });
}

// Opens a file through the "Open dataset…" input and waits until the import has ended.
export async function openDatasetFile(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  await page.getByLabel("Open dataset…").setInputFiles(file);
  // Generous: the worker reads, validates and stores the file, slowly on a busy machine.
  await expect(importStatus(page)).toHaveText(/^(Opened|Could not open) /, { timeout: 20_000 });
}

// Opens a file whose dataset id is already kept and answers the library's question with
// "Keep both", so the second copy is stored beside the first.
export async function openDatasetFileKeepingBoth(page: Page, file: string): Promise<void> {
  await page.getByLabel("Open dataset…").setInputFiles(file);
  const dialog = page.getByRole("dialog", { name: /is already kept/ });
  await dialog.getByRole("button", { name: "Keep both" }).click({ timeout: 20_000 });
  await expect(importStatus(page)).toHaveText(/^(Opened|Could not open) /, { timeout: 20_000 });
}

// Opens the Riverland fixture and waits for its title.
export async function openRiverland(page: Page): Promise<void> {
  await openDatasetFile(page, fixturePath("riverland.json"));
  await expect(datasetHeading(page, riverland.meta.title)).toBeVisible();
}

// Clicks `buttonName` and returns the downloaded file's name and text.
export async function download(page: Page, click: () => Promise<void>) {
  const downloadPromise = page.waitForEvent("download");
  await click();
  const file = await downloadPromise;
  return { filename: file.suggestedFilename(), text: await readFile(await file.path(), "utf8") };
}

export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const url = new URL(`../../screenshots/${name}-${testInfo.project.name}.png`, import.meta.url);
  await page.screenshot({ path: fileURLToPath(url), fullPage: true });
}
