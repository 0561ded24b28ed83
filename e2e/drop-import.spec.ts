// Flow: an analyst drags a file from their desktop onto the page.
import { readFile } from "node:fs/promises";
import {
  datasetHeading,
  fixturePath,
  importStatus,
  riverland,
  screenshot,
} from "./support/librarySupport";
import { expect, test } from "./support/pageErrors";

test("dropping a JSON file anywhere on the page opens it", async ({ page }, testInfo) => {
  const text = await readFile(fixturePath("riverland.json"), "utf8");
  await page.goto("/");
  const dataTransfer = await page.evaluateHandle((json) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([json], "riverland.json", { type: "application/json" }));
    return transfer;
  }, text);

  await page.dispatchEvent("main", "dragenter", { dataTransfer });
  await expect(
    page.getByText("Drop a .json dataset or a statements .csv to open it"),
  ).toBeVisible();
  await screenshot(page, testInfo, "library-drop-hint");
  await page.dispatchEvent("main", "drop", { dataTransfer });

  await expect(page.getByText("Drop a .json dataset or a statements .csv to open it")).toBeHidden();
  await expect(importStatus(page)).toHaveText(
    `Opened riverland.json: ${riverland.statements.length} statements.`,
  );
  await expect(datasetHeading(page, riverland.meta.title)).toBeVisible();
});
