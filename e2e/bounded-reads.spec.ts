// Flow: files too big to read are refused by their size, before a byte of them is read, and a
// stored history past its limits does not freeze the page (issue 24). "Before reading" is
// measured: the page records its long tasks, and reading 150 MB or 4 MB of text would show one.
import { open, writeFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { putRawHistory } from "./support/libraryStorage";
import { datasetHeading, importStatus, openRiverland, riverland } from "./support/librarySupport";
import { expect, test } from "./support/pageErrors";

// A file of `size` zero bytes, made sparse on disk: the browser still sees its whole size.
async function fileOfSize(path: string, size: number): Promise<string> {
  const handle = await open(path, "w");
  await handle.truncate(size);
  await handle.close();
  return path;
}

// Starts recording the page's long tasks; returns a function giving the longest so far (ms).
async function watchLongTasks(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { longestTask: number };
    w.longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        w.longestTask = Math.max(w.longestTask, entry.duration);
    }).observe({ type: "longtask" });
  });
  return () => page.evaluate(() => (window as unknown as { longestTask: number }).longestTask);
}

test("an article file one byte over 4 MB is refused, naming the limit, before it is read", async ({
  page,
}, testInfo) => {
  const path = await fileOfSize(testInfo.outputPath("huge-article.txt"), 4_000_001);
  await page.goto("/?code=1");
  await page.getByRole("button", { name: "Add source" }).click();
  const dialog = page.getByRole("dialog", { name: "Add source" });
  await dialog.getByLabel("Article text").fill("Typed before the file was chosen.");
  const longestTask = await watchLongTasks(page);
  await dialog.getByLabel("Read article file…").setInputFiles(path);
  await expect(dialog.getByRole("status")).toHaveText(
    "huge-article.txt is 4.000001 MB, over the limit: Parley reads article files of up to 4 MB (4,000,000 bytes). Its text was not read.",
  );
  // What the user typed is still there.
  await expect(dialog.getByLabel("Article text")).toHaveValue("Typed before the file was chosen.");
  // Generous for a busy machine: reading 4 MB of zeros into the box takes far longer.
  expect(await longestTask()).toBeLessThan(500);
});

test("a library file over 150 MB is refused before it is read", async ({ page }, testInfo) => {
  const path = await fileOfSize(testInfo.outputPath("huge-library.json"), 150_000_001);
  await page.goto("/?code=1");
  const longestTask = await watchLongTasks(page);
  await page.getByRole("button", { name: "Library", exact: true }).click();
  await page.getByLabel("Import library…").setInputFiles(path);
  await expect(importStatus(page)).toHaveText("Could not open huge-library.json.");
  await expect(
    page.getByText(
      "huge-library.json is 150.000001 MB, over the limit: Parley reads library files of up to 150 MB (150,000,000 bytes).",
    ),
  ).toBeVisible();
  expect(await longestTask()).toBeLessThan(500);
});

test("a dataset over 48 MB inside a library file is not restored; the others are", async ({
  page,
}, testInfo) => {
  test.slow();
  // One entry of 48,000,010 bytes of JSON text (over the limit of "Open dataset…") and the
  // Riverland fixture, which restores.
  const big = `{"pad":"${"x".repeat(48_000_000)}"}`;
  const library = {
    format: "parley-library",
    version: 1,
    exportedAt: "2026-12-06T08:00:00.000Z",
    datasets: [
      { key: "too-big", fileName: "too-big.json", importedAt: "", json: big, damage: null },
      {
        key: "riverland-fixture",
        fileName: "riverland.json",
        importedAt: "2026-12-01T10:00:00.000Z",
        json: JSON.stringify(riverland),
        damage: null,
      },
    ],
  };
  const path = testInfo.outputPath("library-with-big.json");
  await writeFile(path, JSON.stringify(library));
  await page.goto("/?code=1");
  await page.getByRole("button", { name: "Library", exact: true }).click();
  await page.getByLabel("Import library…").setInputFiles(path);
  await expect(importStatus(page)).toHaveText(
    "Restored 1 of 2 datasets from library-with-big.json; 1 not restored (over the size limit).",
    { timeout: 30_000 },
  );
  await expect(page.getByRole("status", { name: "Notices" })).toContainText(
    "Not restored: “too-big” is 48.00001 MB, over the limit: Parley opens files of up to 48 MB (48,000,000 bytes).",
  );
  await expect(page.getByRole("combobox", { name: "Dataset", exact: true })).not.toContainText(
    "too-big",
  );
});

test("a stored history with a label over 2,000 characters opens the dataset without it, with a notice", async ({
  page,
}) => {
  await page.goto("/?code=1");
  await openRiverland(page);
  const entry = {
    label: "x".repeat(1_000_000),
    at: "2026-12-06T08:00:00.000Z",
    change: { op: "remove", collection: "statements", id: "r1" },
    inverse: { op: "insert", collection: "statements", item: { id: "r1" }, index: 0 },
  };
  await putRawHistory(page, {
    key: "riverland-fixture",
    revision: "hand-edited",
    position: 40,
    entries: Array(40).fill(entry),
  });
  await page.reload();
  await expect(datasetHeading(page, riverland.meta.title)).toBeVisible();
  await expect(page.getByRole("status", { name: "Notices" })).toContainText(
    `The change history of “${riverland.meta.title}” could not be read (change 1 has a label over 2,000 characters); the dataset opened without it.`,
  );
  const longestTask = await watchLongTasks(page);
  await page.getByRole("button", { name: "Change history", exact: true }).click();
  const history = page.getByRole("dialog", { name: "Change history" });
  await expect(history.getByText("No changes to this dataset yet.")).toBeVisible();
  // The dialog opened at once: 40 labels of a million characters took 8.9 s to lay out.
  expect(await longestTask()).toBeLessThan(1_000);
});
