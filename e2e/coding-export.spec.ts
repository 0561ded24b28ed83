// Flow: an analyst codes a statement from an article, then takes the work away: the JSON
// bundle holds the new source with its text and the statement with its verbatim quote and its
// place in the text; the statements CSV holds the row; the bundle opens again as the same
// dataset; and the copy without article texts keeps every citation and statement but no text.
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import type { Dataset } from "../src/domain/schema";
import {
  ARTICLE_TITLE,
  addRiverlandArticle,
  codeVeltStatement,
  quoteSelection,
  readerDialog,
  VELT_QUOTE,
} from "./support/codingSupport";
import {
  datasetHeading,
  download,
  fixturePath,
  openDatasetFileKeepingBoth,
  openRiverland,
  riverland,
} from "./support/librarySupport";
import { expect, test } from "./support/pageErrors";

const ARTICLE = readFileSync(fixturePath("riverland-article.txt"), "utf8");

test("exports hold the coded statement, and the exported bundle opens again the same", async ({
  page,
}, testInfo) => {
  await page.goto("/?code=1");
  await openRiverland(page);
  await addRiverlandArticle(page);
  await codeVeltStatement(await quoteSelection(page, VELT_QUOTE));
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: "Saved: Added statement: Ana Velt on Upland dam, 3 July 2025." }),
  ).toBeVisible();
  await readerDialog(page).getByRole("button", { name: "Close" }).click();
  await expect(page.getByText(/^14 statements ·/)).toBeVisible();

  const exported = await download(page, () =>
    page.getByRole("button", { name: "Export dataset", exact: true }).click(),
  );
  const bundle = JSON.parse(exported.text) as Dataset;
  expect(bundle.statements).toHaveLength(riverland.statements.length + 1);
  const source = bundle.sources.find((each) => each.title === ARTICLE_TITLE);
  expect(source?.outlet).toBe("Kelda Post (fictional)");
  expect(source?.published).toBe("2025-07-04");
  expect(source?.text).toBe(ARTICLE);
  // The fixture has other statements by Ana Velt: the new one is the one from this source.
  const coded = bundle.statements.find((each) => each.sourceId === source?.id);
  expect(coded?.speaker.name).toBe("Ana Velt");
  expect(coded?.quote).toBe(VELT_QUOTE);
  // Its place in the article, worked out from the fixture file itself.
  expect(coded?.quoteStart).toBe(ARTICLE.indexOf(VELT_QUOTE));
  expect(coded?.quoteEnd).toBe(ARTICLE.indexOf(VELT_QUOTE) + VELT_QUOTE.length);
  expect(coded?.summary).toBe("Midvale could accept the dam only under joint control.");

  await page.getByRole("tab", { name: "Statements" }).click();
  const csv = await download(page, () => page.getByRole("button", { name: "Export CSV" }).click());
  expect(csv.text).toContain("Midvale could accept the dam only under joint control.");
  expect(csv.text).toContain("Ana Velt");

  // The citations without the article: every source and statement, no text.
  const shared = await download(page, () =>
    page.getByRole("button", { name: "Export without article texts" }).click(),
  );
  expect(shared.filename).toMatch(/-dataset-without-texts-\d{4}-\d{2}-\d{2}\.json$/);
  const withoutTexts = JSON.parse(shared.text) as Dataset;
  expect(withoutTexts.sources.map((each) => each.text)).toEqual(
    bundle.sources.map(() => undefined),
  );
  expect(withoutTexts.statements).toEqual(bundle.statements);

  // The bundle opens again: the same dataset, kept beside the one it came from.
  const path = testInfo.outputPath(exported.filename);
  await writeFile(path, exported.text);
  await openDatasetFileKeepingBoth(page, path);
  await expect(datasetHeading(page, bundle.meta.title)).toBeVisible();
  await expect(page.getByText(/^14 statements ·/)).toBeVisible();
  const again = await download(page, () =>
    page.getByRole("button", { name: "Export dataset", exact: true }).click(),
  );
  expect(JSON.parse(again.text)).toEqual(bundle);
});
