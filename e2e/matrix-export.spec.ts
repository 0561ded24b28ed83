// Flow: a researcher exports the matrix as shown to work on it in a spreadsheet; the file says
// after the table which dataset, dates and filters it shows, so a recipient can tell why a cell
// reads "No stated position".
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { findLibreOffice } from "../scripts/find-libreoffice.mjs";
import { datasetHeading, download, openRiverland, riverland } from "./support/librarySupport";
import { dataset, latestDate, showMatrixControls } from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";

test("Export CSV downloads the matrix with a BOM, its header row and its context", async ({
  page,
}) => {
  const [partyA, partyB] = dataset.parties;
  if (!partyA || !partyB) throw new Error("needs two parties");
  await page.goto("/");

  await showMatrixControls(page);
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(`${dataset.meta.id}-matrix-${latestDate}.csv`);
  const path = await download.path();
  const csv = await readFile(path, "utf8");

  const headers = [
    `Issue (as of ${latestDate})`,
    ...dataset.parties.map((party) => party.name),
    `Gap: ${partyA.name} – ${partyB.name}`,
  ];
  // None of these needs CSV quoting, so the header line is the names joined by commas.
  expect(headers.filter((header) => /[",;\r\n]/.test(header))).toEqual([]);
  expect(csv.startsWith(`\uFEFF${headers.join(",")}\r\n`)).toBe(true);
  // Header plus one line per issue, then an empty line and the context, each ending in CRLF.
  const lines = csv.split("\r\n");
  expect(lines[dataset.issues.length + 1]).toBe("");
  const context = lines.slice(dataset.issues.length + 2).filter((line) => line !== "");
  expect(context.map((line) => line.split(",")[0])).toEqual([
    "Dataset",
    "As of",
    "Filters",
    "Source",
    "Link",
  ]);
  // The title holds a comma ("…talks, 2024–2025"), so the field is quoted.
  expect(dataset.meta.title).toContain(",");
  expect(context[0]).toBe(`Dataset,"${dataset.meta.title} v${dataset.meta.version}"`);
});

// Converts `csv` with LibreOffice (comma, quote ", UTF-8, from line 1) and returns each row's
// cell texts, read from the flat ODF it writes.
function openInLibreOffice(soffice: string, folder: string, csv: string): string[][] {
  writeFileSync(join(folder, "matrix.csv"), csv);
  const run = spawnSync(
    soffice,
    [
      `-env:UserInstallation=file://${join(folder, "profile")}`,
      "--headless",
      "--infilter=CSV:44,34,76,1",
      "--convert-to",
      "fods",
      "--outdir",
      join(folder, "out"),
      join(folder, "matrix.csv"),
    ],
    { encoding: "utf8", timeout: 90_000 },
  );
  expect(run.status, run.stderr).toBe(0);
  const [name] = readdirSync(join(folder, "out"));
  const xml = readFileSync(join(folder, "out", name as string), "utf8");
  const cellText = (text: string) =>
    text
      .replace(/<[^>]+>/g, "")
      .replaceAll("&lt;", "<")
      .replaceAll("&gt;", ">")
      .replaceAll("&quot;", '"')
      .replaceAll("&apos;", "'")
      .replaceAll("&amp;", "&")
      .trim();
  return [...xml.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)].map((row) =>
    [...(row[1] ?? "").matchAll(/<table:table-cell[^>]*?(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)]
      .map((cell) => cellText(cell[1] ?? ""))
      .filter((text, index, cells) => text !== "" || index < cells.length - 1),
  );
}

test("LibreOffice shows the matrix CSV's dataset, dates and filters after the table", async ({
  page,
}, testInfo) => {
  const soffice = findLibreOffice();
  test.skip(!soffice, "needs LibreOffice's soffice (apt-get install libreoffice-calc-nogui)");
  test.slow();
  const folder = testInfo.outputPath("matrix");
  mkdirSync(folder, { recursive: true });
  await page.goto("/");
  await openRiverland(page);
  // Hide state media, two parties ticked, compared with 1 April 2025, as of 20 June 2025.
  await page.goto(
    `/?dataset=${riverland.meta.id}&parties=upland,deltaport&nostate=1&compare=2025-04-01`,
  );
  await expect(datasetHeading(page, riverland.meta.title)).toBeVisible();
  await showMatrixControls(page);
  const file = await download(page, () => page.getByRole("button", { name: "Export CSV" }).click());
  const rows = openInLibreOffice(soffice as string, folder, file.text);
  const label = (name: string) => rows.find((row) => row[0] === name);
  // Three issues under the header, then the context rows.
  expect(rows[0]?.[0]).toBe("Issue (2025-04-01 → 2025-06-20)");
  expect(rows.slice(1, 4).map((row) => row[0])).toEqual(riverland.issues.map((i) => i.name));
  expect(label("Dataset")).toEqual([
    "Dataset",
    "Fixture: Riverland water-sharing talks (fictional) v1",
  ]);
  expect(label("As of")).toEqual(["As of", "20 June 2025"]);
  expect(label("Compared with")).toEqual(["Compared with", "1 April 2025"]);
  expect(label("Filters")).toEqual([
    "Filters",
    "Parties: Upland Republic, Deltaport Union; State media hidden",
  ]);
  // Upland and Deltaport up to 20 June: r1, r2, r3, r4, r9, r10, r11 in the Gazette (7),
  // r7, r8, r13 in the Courier (3).
  expect(label("Source")).toEqual([
    "Source",
    "Riverland Gazette (fictional) and Delta Courier (fictional)",
  ]);
  expect(label("Link")?.[1]).toContain("parties=upland,deltaport");
});
