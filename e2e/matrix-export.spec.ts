// Flow: a researcher exports the matrix as shown to work on it in a spreadsheet.
import { readFile } from "node:fs/promises";
import { dataset, latestDate, showMatrixControls } from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";

test("Export CSV downloads the matrix with a BOM and its header row", async ({ page }) => {
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
  // Header plus one line per issue, each ending in CRLF.
  expect(csv.split("\r\n").filter((line) => line !== "")).toHaveLength(dataset.issues.length + 1);
});
