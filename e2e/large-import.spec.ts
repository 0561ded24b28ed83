// Flow: someone opens a 30 MB dataset and, while it is being read, keeps clicking through the
// views. The page answers every click, and the import ends with a clear message.
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import type { Dataset } from "../src/domain/schema";
import { datasetHeading, importStatus } from "./support/librarySupport";
import { expect, test } from "./support/pageErrors";

const VIEWS = ["Timeline", "Statements", "Sources", "Method", "Matrix"];

test("a 30 MB import leaves the views responsive and ends with a clear message", async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  // About 470 bytes per generated statement: 68,000 make just over 30 MB.
  // Made by `npm run gen`, as a user of the benchmark would make it.
  const path = testInfo.outputPath("large.json");
  execFileSync("npx", [
    "tsx",
    "scripts/gen.ts",
    "--statements",
    "68000",
    "--seed",
    "6",
    "--out",
    path,
  ]);
  const text = await readFile(path, "utf8");
  expect(text.length).toBeGreaterThan(30 * 1024 * 1024);
  const dataset = JSON.parse(text) as Dataset;

  await page.goto("/");
  await page.getByLabel("Open dataset…").setInputFiles(path);
  // The clicks below happen while the import is still running.
  expect(await importStatus(page).textContent()).not.toMatch(/^(Opened|Could not open) /);
  // While the worker reads and validates the file, every tab click must land (each expect
  // waits at most 5 s; a main thread blocked by the import would miss it).
  for (const name of VIEWS) {
    const tab = page.getByRole("tab", { name });
    await tab.click();
    await expect(tab).toHaveAttribute("aria-selected", "true");
  }

  await expect(importStatus(page)).toHaveText(/^(Opened|Could not open) /, { timeout: 180_000 });
  const status = (await importStatus(page).textContent()) ?? "";
  if (status.startsWith("Opened")) {
    await expect(datasetHeading(page, dataset.meta.title)).toBeVisible();
    // The matrix (the last tab clicked) shows one row per issue of the new dataset.
    const matrix = page.getByRole("table", { name: /^Positions/ });
    await expect(matrix.getByRole("rowheader")).toHaveCount(dataset.issues.length);
  } else {
    // Refusing is fine too, as long as it says which file and why.
    await expect(page.getByRole("region", { name: "Could not open large.json" })).toBeVisible();
  }
});
