// Flow (issue 22): an analyst who must brief opens "Briefing" from the matrix, saves it as a
// PDF through the browser's print (Playwright's page.pdf() prints with the same print CSS)
// and downloads the Markdown file. Every cell's statement is in both, with its speaker, date
// and citation, and whose words it is.
import { spawnSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { readDatasetFile } from "./support/datasetFacts";
import {
  datasetHeading,
  fixturePath,
  openDatasetFile,
  openRiverland,
  riverland,
} from "./support/librarySupport";
import { expect, test } from "./support/pageErrors";

// The statement behind each cell as of 20 June 2025, worked out from the fixture by hand: the
// latest with a clear stance (r12, Midvale on the dam, has none and is the only one there).
const CELL_STATEMENTS = {
  "Upland Republic on Water allocation": "r13",
  "Upland Republic on Upland dam": "r10",
  "Upland Republic on Flow monitoring": "r7",
  "Midvale Federation on Water allocation": "r5",
  "Midvale Federation on Upland dam": "r12",
  "Midvale Federation on Flow monitoring": "r6",
  "Deltaport Union on Water allocation": "r11",
  "Deltaport Union on Upland dam": "r4",
  "Deltaport Union on Flow monitoring": "r8",
};

const squash = (text: string) => text.replace(/\s+/g, " ");

function statement(id: string) {
  const found = riverland.statements.find((candidate) => candidate.id === id);
  const source = riverland.sources.find((candidate) => candidate.id === found?.sourceId);
  if (!found || !source) throw new Error(`the fixture has no statement ${id}`);
  return { statement: found, source };
}

async function openBriefing(page: Page) {
  await page.getByRole("button", { name: "Briefing" }).click();
  const dialog = page.getByRole("dialog", { name: "Briefing: where the parties stand" });
  await expect(dialog).toBeVisible();
  return dialog;
}

test("the briefing prints to a PDF holding every cell's statement with its citation", async ({
  page,
}, testInfo) => {
  await page.goto("/");
  await openRiverland(page);
  await page.goto(`/?dataset=${riverland.meta.id}&compare=2025-04-01`);
  await expect(datasetHeading(page, riverland.meta.title)).toBeVisible();
  const dialog = await openBriefing(page);
  await expect(dialog.getByRole("heading", { name: "Quotes" })).toBeVisible();
  // The sheet passes WCAG 2.2 AA, and the app under it is out of reach.
  const results = await new AxeBuilder({ page })
    .include('[role="dialog"]')
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(
    results.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target}`),
  ).toEqual([]);
  const behind = page.getByRole("button", { name: "Copy link" });
  await behind.focus();
  await expect(behind).not.toBeFocused();

  const pdfPath = testInfo.outputPath("briefing.pdf");
  await page.pdf({ path: pdfPath, format: "A4", printBackground: true });
  const run = spawnSync("pdftotext", ["-layout", pdfPath, "-"], { encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  await writeFile(testInfo.outputPath("briefing.txt"), run.stdout);
  const text = squash(run.stdout);
  // The app behind and the toolbar are not printed.
  expect(text).not.toContain("Print or save as PDF");
  expect(text).not.toContain("Copy link");
  expect(text).toContain("Briefing: where the parties stand");
  expect(text).toContain("Fixture: Riverland water-sharing talks (fictional) v1");
  expect(text).toContain("As of 20 June 2025 · compared with 1 April 2025");
  expect(text).toContain("Filters: none (every statement)");
  expect(text).toContain("What changed since 1 April 2025");
  expect(text).toContain("Deal space");
  for (const [cell, id] of Object.entries(CELL_STATEMENTS)) {
    const { statement: said, source } = statement(id);
    expect(text).toContain(cell);
    const words = said.quote?.trim() ? `“${said.quote}”` : said.summary;
    expect(text).toContain(squash(words));
    // Speaker, then the citation: outlet, headline (or "Untitled"), publication date.
    expect(text).toContain(said.speaker.name);
    expect(text).toContain(`${source.outlet}, “${source.title ?? "Untitled"}”`);
  }
  // Every address the fixture has for a cited source is printed.
  for (const url of [
    "https://example.org/riverland/gazette-0312",
    "https://example.org/riverland/gazette-0615",
  ]) {
    expect(run.stdout.replace(/\s+/g, "")).toContain(url);
  }
  // Upland's allocation moved from Historic shares (r1, index 0) to Mixed formula (r13, index 3).
  expect(text).toMatch(/Upland Republic on Water allocation: [^;]+→ [^;]+; moved 3 steps toward/);
  // The briefing's screen in the page, for a look.
  await page.screenshot({ path: testInfo.outputPath("briefing.png"), fullPage: true });

  // Closed, focus returns to the button; the deal space offers the same briefing.
  await dialog.getByRole("button", { name: "Close briefing" }).click();
  await expect(page.getByRole("button", { name: "Briefing" })).toBeFocused();
  await page.getByRole("tab", { name: "Deal space" }).click();
  const fromDeal = await openBriefing(page);
  await expect(fromDeal.getByRole("heading", { name: "Deal space" })).toBeVisible();
  await expect(
    fromDeal.getByText("Room for a deal on 2 of 3 issues as of 20 June 2025."),
  ).toBeVisible();
});

test("the Markdown briefing's footnotes resolve and say whose words each stance is", async ({
  page,
}) => {
  const border = readDatasetFile(new URL("./fixtures/provenance-border.json", import.meta.url));
  await page.goto("/");
  await openDatasetFile(page, fixturePath("provenance-border.json"));
  await expect(datasetHeading(page, border.meta.title)).toBeVisible();
  // "Count accounts by other parties as positions": Northland's cell rests on Southland's
  // account (b3, by Tomas Vale), the latest statement.
  await page.goto(`/?dataset=${border.meta.id}&accounts=1`);
  await expect(datasetHeading(page, border.meta.title)).toBeVisible();
  const dialog = await openBriefing(page);
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name: "Download Markdown" }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/^provenance-border-briefing-\d{4}-\d{2}-\d{2}\.md$/);
  const markdown = await readFile(await file.path(), "utf8");

  const references = new Set([...markdown.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => m[1]));
  const definitions = [...markdown.matchAll(/^\[\^(\d+)\]: (.+)$/gm)].map((m) => m[1]);
  expect(references.size).toBeGreaterThan(0);
  expect(new Set(definitions)).toEqual(references);
  expect(definitions).toHaveLength(new Set(definitions).size);
  // Two sources cited: the January article (b1, b2) and the February one (b3).
  expect(definitions).toHaveLength(2);
  expect(markdown).toContain(
    "Border Herald (fictional), “Northland and Southland set out their terms”, 11 January 2025",
  );
  expect(markdown).toContain(
    "Border Herald (fictional), “Southland says Northland wants the border shut”, 11 February 2025",
  );
  expect(markdown).toContain("Accounts by other parties counted as positions");
  const closed = border.issues[0]?.stances.find((stance) => stance.id === "closed")?.label;
  expect(markdown).toContain(`(another party's account, per Tomas Vale)`);
  expect(markdown).toContain(`**${closed} (`);
  expect(markdown).toContain(", per Tomas Vale**");
  expect(markdown).toContain("> “Permits at every crossing.”");
  expect(markdown).toContain("(own statement)");
});
