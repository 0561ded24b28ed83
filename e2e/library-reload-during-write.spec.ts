// Flow: an analyst opens a large file and reloads the page while it is being saved. Nothing
// names the dataset before the write has committed, and after the reload the dataset is
// either fully there or not listed at all, never half.
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { datasetHeading, datasetSwitcher, importStatus } from "./support/librarySupport";
import { expect, test } from "./support/pageErrors";

test("a reload while a large import is saved leaves it fully kept or not listed", async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  // About 470 bytes per generated statement: 40,000 make about 19 MB of JSON.
  // Made by `npm run gen`, as large-import.spec.ts does; its title is read from the file.
  const path = testInfo.outputPath("large.json");
  execFileSync("npx", [
    "tsx",
    "scripts/gen.ts",
    "--statements",
    "40000",
    "--seed",
    "11",
    "--out",
    path,
  ]);
  const dataset = JSON.parse(await readFile(path, "utf8")) as { meta: { title: string } };

  // A slow disk: the transaction that writes a dataset stays open 3 s after the write (kept
  // busy with reads), so the reload below falls inside it. Without this, a fast machine
  // commits 19 MB before the test sees "Saving…", and the test checks nothing.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
      const request = put.apply(this, args);
      if (this.name === "datasets") {
        const until = Date.now() + 3000;
        const keepBusy = () => {
          if (Date.now() < until) this.count().onsuccess = keepBusy;
        };
        keepBusy();
      }
      return request;
    } as typeof put;
  });
  await page.goto("/");
  await page.getByLabel("Open dataset…").setInputFiles(path);
  await expect(importStatus(page)).toContainText("Saving…", { timeout: 180_000 });
  // Until the commit, the page neither shows it as kept nor names it in the address.
  expect(page.url()).not.toContain("dataset=");
  await expect(datasetSwitcher(page).getByRole("option")).toHaveCount(1);
  await page.reload();

  const options = datasetSwitcher(page).getByRole("option");
  await expect(options.first()).toContainText("built in");
  const count = await options.count();
  expect(count === 1 || count === 2).toBe(true);
  if (count === 2) {
    await expect(options.nth(1)).toContainText(`${dataset.meta.title} · 40000 statements`);
    await datasetSwitcher(page).selectOption({ index: 1 });
    await expect(datasetHeading(page, dataset.meta.title)).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText("40000 statements · ", { exact: false }).first()).toBeVisible();
  }
});
