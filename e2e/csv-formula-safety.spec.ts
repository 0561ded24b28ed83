// Flow: an analyst in Berlin opens Parley's CSV exports in a spreadsheet that splits on ";"
// (Excel and LibreOffice do wherever the decimal mark is a comma) or on tab. A dataset whose
// every text field carries a formula payload is exported three ways (statements, matrix,
// package); LibreOffice opens each file with each separator, and no cell may be a formula.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { findLibreOffice } from "../scripts/find-libreoffice.mjs";
import type { Dataset } from "../src/domain/schema";
import { datasetHeading, download, openDatasetFile, riverland } from "./support/librarySupport";
import { showMatrixControls } from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";

// Payloads from the attack that found the defect (issue 24), and the other formula leads.
const PAYLOADS = [
  ";=1+1;",
  ";=cmd|' /C calc'!A0;",
  "\t=2+3\t",
  ";-4+4;",
  ",@SUM(1+1),",
  ';"=HYPERLINK(""http://evil.example"")";',
];
const LEADING = ["=1+1 ", "+1+1 ", "-1+1 ", "@SUM(1) "];

// The Riverland fixture with a payload in every free-text field: names, labels, summaries,
// quotes, speakers, roles, outlets, titles, notes, conditions. Ids, dates and enums stay valid.
function hostileRiverland(): Dataset {
  let n = 0;
  const taint = (text: string) => {
    n++;
    const payload = PAYLOADS[n % PAYLOADS.length] as string;
    return n % 3 === 0 ? `${LEADING[n % LEADING.length]}${text}${payload}` : `${text}${payload}x`;
  };
  const taintOrNull = (text: string | null) => (text === null ? null : taint(text));
  const copy = structuredClone(riverland);
  return {
    ...copy,
    meta: { ...copy.meta, id: "formula-payloads", title: "Formula payloads (fictional)" },
    parties: copy.parties.map((p) => ({
      ...p,
      name: taint(p.name),
      shortName: taint(p.shortName),
    })),
    issues: copy.issues.map((issue) => ({
      ...issue,
      name: taint(issue.name),
      stances: issue.stances.map((s) => ({ ...s, label: taint(s.label) })),
    })),
    sources: copy.sources.map((s) => ({
      ...s,
      outlet: taint(s.outlet),
      title: taintOrNull(s.title),
      notes: taintOrNull(s.notes),
    })),
    statements: copy.statements.map(({ quoteStart: _s, quoteEnd: _e, ...s }) => ({
      ...s,
      summary: taint(s.summary),
      quote: taintOrNull(s.quote),
      conditions: taintOrNull(s.conditions),
      dateNote: taintOrNull(s.dateNote),
      speaker: { name: taint(s.speaker.name), role: taint(s.speaker.role) },
    })),
  };
}

// Converts every CSV in `folder` with LibreOffice, splitting on `separator` (its character
// code, as LibreOffice's CSV filter options take it), and returns each result's XML.
function openInLibreOffice(soffice: string, folder: string, separator: number): string[] {
  const out = join(folder, `sep-${separator}`);
  const csvs = readdirSync(folder)
    .filter((name) => name.endsWith(".csv"))
    .map((name) => join(folder, name));
  const run = spawnSync(
    soffice,
    [
      `-env:UserInstallation=file://${join(folder, "profile")}`,
      "--headless",
      // separator, text delimiter " (34), UTF-8 (76), from line 1
      `--infilter=CSV:${separator},34,76,1`,
      "--convert-to",
      "fods",
      "--outdir",
      out,
      ...csvs,
    ],
    { encoding: "utf8", timeout: 90_000 },
  );
  expect(run.status, run.stderr).toBe(0);
  return readdirSync(out).map((name) => readFileSync(join(out, name), "utf8"));
}

async function save(page: Page, folder: string, name: string, button: string) {
  const file = await download(page, () => page.getByRole("button", { name: button }).click());
  writeFileSync(join(folder, name), file.text);
  return file.text;
}

test("no CSV export becomes a formula in LibreOffice, whatever the separator", async ({
  page,
}, testInfo) => {
  const soffice = findLibreOffice();
  test.skip(!soffice, "needs LibreOffice's soffice (apt-get install libreoffice-calc-nogui)");
  test.slow();
  const folder = testInfo.outputPath("exports");
  mkdirSync(folder, { recursive: true });
  const hostile = hostileRiverland();

  await page.goto("/");
  await openDatasetFile(page, {
    name: "formula-payloads.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(hostile)),
  });
  await expect(datasetHeading(page, hostile.meta.title)).toBeVisible();

  await page.goto("/?dataset=formula-payloads&view=statements");
  const statements = await save(page, folder, "statements.csv", "Export CSV");
  await page.goto("/?dataset=formula-payloads");
  // The kept dataset is read before the matrix (and its folded controls, on a phone) appear.
  await expect(page.getByRole("table", { name: /^Positions/ })).toBeVisible();
  await showMatrixControls(page);
  const matrix = await save(page, folder, "matrix.csv", "Export CSV");
  await page.goto("/?dataset=formula-payloads&view=deal&package=dam:joint");
  const pack = await save(page, folder, "package.csv", "Export package CSV");
  // The payloads reached every file (or the test below would pass on empty files).
  for (const text of [statements, matrix, pack]) expect(text).toMatch(/=1\+1|=2\+3|@SUM/);

  for (const separator of [59, 9, 44]) {
    const sheets = openInLibreOffice(soffice as string, folder, separator);
    expect(sheets).toHaveLength(3);
    for (const sheet of sheets) {
      // The payload is there as text, and no cell holds a formula.
      expect(sheet).toContain("1+1");
      expect(sheet.match(/table:formula=/g) ?? [], `separator ${separator}`).toEqual([]);
    }
  }
});
