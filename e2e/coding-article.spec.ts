// Flow: an analyst pastes an article into Parley, quotes a passage of it and codes the
// statement; it shows in the matrix, the table and the drawer, its quote verified. A quote that
// is not in the article is refused.
import AxeBuilder from "@axe-core/playwright";
import {
  ARTICLE_TITLE,
  addRiverlandArticle,
  codeVeltStatement,
  quoteSelection,
  readerDialog,
  VELT_QUOTE,
} from "./support/codingSupport";
import { openRiverland, screenshot } from "./support/librarySupport";
import { expect, test } from "./support/pageErrors";
import { searchStatements } from "./support/statementsSupport";

// The Riverland fixture has 13 statements and 4 sources; the article added is the 5th.
test("a passage quoted from an added article becomes a statement in the matrix, table and drawer", async ({
  page,
}, testInfo) => {
  await page.goto("/?code=1");
  await openRiverland(page);
  await addRiverlandArticle(page);
  const form = await quoteSelection(page, VELT_QUOTE);
  await expect(form.getByLabel("Quote", { exact: true })).toHaveValue(VELT_QUOTE);
  // The article is of Friday 4 July 2025; "on Thursday" stands before the quote: 3 July.
  await expect(form.getByLabel("Date", { exact: true })).toHaveValue("2025-07-03");
  await expect(form.getByLabel("Date precision")).toHaveValue("day");
  await expect(form.getByLabel("Date note")).toHaveValue(
    "Thursday before the article of Friday 4 Jul 2025",
  );
  await screenshot(page, testInfo, "coding-statement-form");
  await codeVeltStatement(form);
  // Ana Velt is a speaker the fixture already has: her role is filled in from it.
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: "Saved: Added statement: Ana Velt on Upland dam, 3 July 2025." }),
  ).toBeVisible();
  await expect(readerDialog(page)).toBeVisible();
  await readerDialog(page).getByRole("button", { name: "Close" }).click();
  await expect(page.getByText("14 statements · 5 sources")).toBeVisible();

  await page.getByRole("button", { name: /^Midvale Federation on Upland dam:/ }).click();
  const drawer = page.getByRole("dialog", { name: "Midvale Federation on Upland dam" });
  const card = drawer.getByRole("article").filter({ hasText: "under joint control" });
  await expect(card).toContainText("Ana Velt");
  await expect(card).toContainText("Foreign minister");
  await expect(card).toContainText("Verified in the article's text");
  await expect(card).toContainText("Thursday before the article of Friday 4 Jul 2025");
  await expect(card).toContainText(`Kelda Post (fictional)`);
  await drawer.getByRole("button", { name: /^Close/ }).click();

  // The table renders only the rows in view (virtualised) and the new statement is the latest
  // by date, below them: it is found the way a reader would, by searching for its words.
  await page.getByRole("tab", { name: "Statements" }).click();
  await searchStatements(page, "only under joint control");
  await page.getByRole("button", { name: /^Details: Ana Velt, 2025-07-03/ }).click();
  await expect(page.getByText("Verified in the article's text")).toBeVisible();
});

test("a quote that is not in the article's text cannot be saved", async ({ page }) => {
  await page.goto("/?code=1");
  await openRiverland(page);
  await addRiverlandArticle(page);
  const form = await quoteSelection(page, "The dam is our right");
  await form.getByLabel("Quote", { exact: true }).fill("The dam is our sacred right");
  await form.getByLabel("Speaker", { exact: true }).fill("Piet Olan");
  await form.getByLabel("Summary").fill("Upland will finish the dam.");
  await form.getByRole("button", { name: "Save statement" }).click();
  await expect(form.getByRole("alert")).toHaveText("The quote is not in the article's text");
  await expect(page.getByText("13 statements · 5 sources")).toBeVisible();
  // White space is folded: the quote typed on one line stands in the text across a line break.
  await form
    .getByLabel("Quote", { exact: true })
    .fill("We can accept the dam under joint control, and only under joint control");
  await form.getByRole("button", { name: "Save statement" }).click();
  await expect(page.getByText("14 statements · 5 sources")).toBeVisible();
});

test("the coding dialogs pass axe, and the reader finds text by keyboard", async ({
  page,
}, testInfo) => {
  await page.goto("/?code=1");
  await openRiverland(page);
  await addRiverlandArticle(page);
  const reader = readerDialog(page);
  await reader.getByLabel("Find in text").fill("outside monitors");
  await expect(reader.getByText("1 match")).toBeVisible();
  const axe = () =>
    new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect((await axe()).violations.map((violation) => violation.id)).toEqual([]);
  await screenshot(page, testInfo, "coding-reader");
  await reader.getByRole("button", { name: "Quote “outside monitors”" }).focus();
  await page.keyboard.press("Enter");
  const form = page.getByRole("dialog", { name: "New statement" });
  await expect(form.getByLabel("Quote", { exact: true })).toHaveValue("outside monitors");
  // "in June" before the article of 4 July 2025: June 2025, month precision.
  await expect(form.getByLabel("Date", { exact: true })).toHaveValue("2025-06-01");
  await expect(form.getByLabel("Date precision")).toHaveValue("month");
  expect((await axe()).violations.map((violation) => violation.id)).toEqual([]);
  await expect(page.getByRole("heading", { name: ARTICLE_TITLE })).toHaveCount(0);
});

test("closing a statement form with entries in it asks first, and goes back to the article", async ({
  page,
}) => {
  await page.goto("/?code=1");
  await openRiverland(page);
  await addRiverlandArticle(page);
  const form = await quoteSelection(page, VELT_QUOTE);
  await form.getByLabel("Summary").fill("Midvale could accept the dam.");
  await page.keyboard.press("Escape");
  const question = form.getByRole("alert").filter({ hasText: "Close and lose what you entered" });
  await expect(question).toBeVisible();
  await expect(form.getByRole("button", { name: "Keep editing" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(question).toHaveCount(0);
  await expect(form.getByLabel("Summary")).toHaveValue("Midvale could accept the dam.");

  await form.getByRole("button", { name: "Close", exact: true }).click();
  await form.getByRole("button", { name: "Discard and close" }).click();
  await expect(form).toHaveCount(0);
  // Back in the article, where the statement was begun; nothing was added.
  await expect(readerDialog(page)).toBeVisible();
  await readerDialog(page).getByRole("button", { name: "Close" }).click();
  await expect(page.getByText(/^13 statements ·/)).toBeVisible();
});
