// Flow: an analyst starts a new negotiation from a template, fills it in and opens it.
import { writeFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { datasetHeading, download, importStatus, openDatasetFile } from "./support/librarySupport";
import { expect, test } from "./support/pageErrors";

async function downloadTemplate(page: Page, choice: string) {
  return download(page, async () => {
    await page.getByRole("button", { name: "Download template" }).click();
    await page.getByRole("button", { name: choice }).click();
  });
}

test("the CSV template has the header and one commented example, and fills in", async ({
  page,
}, testInfo) => {
  await page.goto("/");
  const { filename, text } = await downloadTemplate(page, "Statements CSV template");
  expect(filename).toBe("parley-statements-template.csv");
  const lines = text.replace(/^\uFEFF/, "").split("\r\n");
  expect(lines[0]).toBe(
    "Date,Date precision,Date note,Party,Speaker,Speaker role,Reported by,Issue,Stance,Stance position,Summary,Quote,Quote kind,Conditions,Source outlet,Source title,Source published,Source URL,Statement id,Reported by role,Party id,Issue id,Stance id,Source id,Source kind,Date basis,Firmness,Acceptable from,Acceptable to,Condition links,Also in,Quote start,Quote end",
  );
  expect(lines[1]).toMatch(/^# \d{4}-\d{2}-\d{2},/);
  expect(lines.slice(2).filter((line) => line !== "")).toEqual([]);

  // Filled in as in a spreadsheet: the example row kept, a second stance added.
  const typed: Record<string, string> = {
    Date: "2025-03-10",
    Party: "Other party",
    Speaker: "Ann Lee",
    "Speaker role": "Envoy",
    Issue: "Example issue",
    Stance: "Far position",
    "Stance id": "far-end",
    "Stance position": "3 of 3",
    Summary: "Wants the far end.",
    "Quote kind": "reported",
    "Source outlet": "Example outlet",
    "Source id": "example-outlet-2025-03-15",
  };
  const row = lines[0]?.split(",").map((header) => typed[header] ?? "");
  const filled = `${text.replace("# ", "")}${row?.join(",")}\r\n`;
  const path = testInfo.outputPath("my-negotiation.csv");
  await writeFile(path, filled);
  await openDatasetFile(page, path);
  await expect(importStatus(page)).toHaveText("Opened my-negotiation.csv: 2 statements.");
  await expect(datasetHeading(page, "my-negotiation")).toBeVisible();
});

test("the JSON template is a valid dataset with no statements", async ({ page }, testInfo) => {
  await page.goto("/");
  const { filename, text } = await downloadTemplate(page, "Empty JSON dataset");
  expect(filename).toBe("parley-dataset-template.json");
  const template = JSON.parse(text);
  expect(template.statements).toEqual([]);
  expect(template.parties.length).toBeGreaterThan(0);
  // Valid means the app opens it as it is.
  const path = testInfo.outputPath(filename);
  await writeFile(path, text);
  await openDatasetFile(page, path);
  await expect(importStatus(page)).toHaveText(/^Opened parley-dataset-template\.json/);
  await expect(datasetHeading(page, template.meta.title)).toBeVisible();
});
