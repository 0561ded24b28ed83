// Shared by the coding specs: adding the fictional Riverland article as a source and opening
// a statement form from a passage of it. Expected values are worked out by hand in the specs.
import type { Locator, Page } from "@playwright/test";
import { fixturePath } from "./librarySupport";
import { expect } from "./pageErrors";

export const ARTICLE_TITLE = "Midvale warms to a shared dam";
// The passage coded in the specs, as the article has it (three spaces and a line break inside).
export const VELT_QUOTE =
  "We can accept the dam under joint control,   and only\nunder joint control";

export function readerDialog(page: Page): Locator {
  return page.getByRole("dialog", { name: `Code “${ARTICLE_TITLE}”` });
}

// Adds e2e/fixtures/riverland-article.txt as a source published Friday 4 July 2025; ends with
// its reader open.
export async function addRiverlandArticle(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Add source" }).click();
  const dialog = page.getByRole("dialog", { name: "Add source" });
  await dialog.getByLabel("Read article file…").setInputFiles(fixturePath("riverland-article.txt"));
  await expect(dialog.getByLabel("Article text")).toHaveValue(/^Midvale warms to a shared dam\n/);
  await dialog.getByLabel("Outlet").fill("Kelda Post (fictional)");
  await dialog.getByLabel("Headline").fill(ARTICLE_TITLE);
  await dialog.getByLabel("Published").fill("2025-07-04");
  await dialog.getByLabel("Address").fill("https://example.org/riverland/kelda-0704");
  await dialog.getByRole("button", { name: "Save source" }).click();
  await expect(readerDialog(page)).toBeVisible();
}

// Adds the article `file` (in e2e/fixtures) as a source with `headline`, published on
// `published` (or undated when null); returns its reader, open.
export async function addArticleSource(
  page: Page,
  article: { file: string; headline: string; published: string | null },
): Promise<Locator> {
  await page.getByRole("button", { name: "Add source" }).click();
  const dialog = page.getByRole("dialog", { name: "Add source" });
  await dialog.getByLabel("Read article file…").setInputFiles(fixturePath(article.file));
  await expect(dialog.getByLabel("Article text")).not.toHaveValue("");
  await dialog.getByLabel("Outlet").fill("Kelda Post (fictional)");
  await dialog.getByLabel("Headline").fill(article.headline);
  if (article.published) await dialog.getByLabel("Published").fill(article.published);
  await dialog.getByRole("button", { name: "Save source" }).click();
  const reader = page.getByRole("dialog", { name: `Code “${article.headline}”` });
  await expect(reader).toBeVisible();
  return reader;
}

// Selects `passage` in the reader's text, as a mouse drag would, and presses Quote selection.
export async function quoteSelection(page: Page, passage: string): Promise<Locator> {
  const reader = readerDialog(page);
  await reader.getByRole("region", { name: "Article text" }).evaluate((element, wanted) => {
    const node = element.firstChild;
    const start = node?.textContent?.indexOf(wanted) ?? -1;
    if (!node || start < 0) throw new Error("passage not in the article");
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + wanted.length);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }, passage);
  await reader.getByRole("button", { name: "Quote selection" }).click();
  const form = page.getByRole("dialog", { name: "New statement" });
  await expect(form).toBeVisible();
  return form;
}

// Fills the form for Ana Velt's statement on the dam and saves it.
export async function codeVeltStatement(form: Locator): Promise<void> {
  await form.getByLabel("Party", { exact: true }).selectOption({ label: "Midvale Federation" });
  await form.getByLabel("Speaker", { exact: true }).fill("Ana Velt");
  await form.getByLabel("Issue", { exact: true }).selectOption({ label: "Upland dam" });
  await form
    .getByLabel("Stance", { exact: true })
    .selectOption({ label: "2. Build under joint control" });
  await form.getByLabel("Firmness").selectOption({ label: "Demand" });
  await form.getByLabel("Summary").fill("Midvale could accept the dam only under joint control.");
  await form.getByRole("button", { name: "Save statement" }).click();
}

// Opens the matrix cell of `party` on `issue` (names as the fixture has them) and returns
// its drawer.
export async function openCellDrawer(page: Page, party: string, issue: string): Promise<Locator> {
  await page.getByRole("button", { name: new RegExp(`^${party} on ${issue}:`) }).click();
  return page.getByRole("dialog", { name: `${party} on ${issue}` });
}

// Deletes, from its cell's drawer, the statement whose card reads `text`; returns the drawer.
export async function deleteStatementReading(
  page: Page,
  party: string,
  issue: string,
  text: string,
): Promise<Locator> {
  const drawer = await openCellDrawer(page, party, issue);
  await drawer
    .getByRole("article")
    .filter({ hasText: text })
    .getByRole("button", { name: "Delete statement" })
    .click();
  return drawer;
}
