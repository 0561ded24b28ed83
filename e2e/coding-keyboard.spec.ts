// Flow: an analyst codes an article with the keyboard alone: adds it as a source (text pasted,
// fields typed), finds a passage with "Find in text", picks the match, fills the new statement
// and saves it, then undoes it with Ctrl+Z. No click anywhere; on the phone project (360 px)
// the same steps run and nothing on the page or in a dialog scrolls sideways.
import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { ARTICLE_TITLE, readerDialog } from "./support/codingSupport";
import { tabTo } from "./support/keyboard";
import { fixturePath, openRiverland } from "./support/librarySupport";
import { expect, test } from "./support/pageErrors";

// The date field takes its digits in the locale's order: month, day, year in en-US.
test.use({ locale: "en-US" });

const ARTICLE = readFileSync(fixturePath("riverland-article.txt"), "utf8");

// What scrolls sideways: the page, or an open dialog's content (none should at any width).
function sidewaysScroll(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const wide: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) wide.push(`page ${root.scrollWidth}px`);
    for (const dialog of document.querySelectorAll("dialog[open]"))
      if (dialog.scrollWidth > dialog.clientWidth)
        wide.push(`${dialog.getAttribute("aria-labelledby")} ${dialog.scrollWidth}px`);
    return wide;
  });
}

async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

// A closed <select> takes typed letters as a search among its options, as users pick by key.
async function pickByKey(page: Page, select: Locator, letters: string): Promise<void> {
  await tabTo(page, select);
  await page.keyboard.type(letters);
}

test("add a source, quote a found passage, save the statement and undo it, by keyboard alone", async ({
  page,
}) => {
  await page.goto("/?code=1");
  await openRiverland(page);
  await expect(page.getByText("13 statements · 4 sources")).toBeVisible();

  await tabTo(page, page.getByRole("button", { name: "Add source" }));
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Add source" });
  await tabTo(page, dialog.getByLabel("Article text"));
  // Pasting the article, as a keyboard user does with Ctrl+V.
  await page.keyboard.insertText(ARTICLE);
  await typeInto(page, dialog.getByLabel("Outlet"), "Kelda Post (fictional)");
  await typeInto(page, dialog.getByLabel("Headline"), ARTICLE_TITLE);
  await typeInto(page, dialog.getByLabel("Published"), "07042025");
  await expect(dialog.getByLabel("Published")).toHaveValue("2025-07-04");
  expect(await sidewaysScroll(page)).toEqual([]);
  await tabTo(page, dialog.getByRole("button", { name: "Save source" }));
  await page.keyboard.press("Enter");

  const reader = readerDialog(page);
  await expect(reader).toBeVisible();
  await typeInto(page, reader.getByLabel("Find in text"), "accept the dam under joint control");
  await expect(reader.getByText("1 match")).toBeVisible();
  expect(await sidewaysScroll(page)).toEqual([]);
  await tabTo(
    page,
    reader.getByRole("button", { name: "Quote “accept the dam under joint control”" }),
  );
  await page.keyboard.press("Enter");

  const form = page.getByRole("dialog", { name: "New statement" });
  await expect(form.getByLabel("Quote", { exact: true })).toHaveValue(
    "accept the dam under joint control",
  );
  // "on Thursday" stands before the passage; the article is of Friday 4 July 2025.
  await expect(form.getByLabel("Date", { exact: true })).toHaveValue("2025-07-03");
  await pickByKey(page, form.getByLabel("Party", { exact: true }), "Midvale");
  await expect(form.getByLabel("Party", { exact: true })).toHaveValue("midvale");
  await typeInto(page, form.getByLabel("Speaker", { exact: true }), "Ana Velt");
  await pickByKey(page, form.getByLabel("Issue", { exact: true }), "Upland");
  await expect(form.getByLabel("Issue", { exact: true })).toHaveValue("dam");
  await pickByKey(page, form.getByLabel("Stance", { exact: true }), "2");
  await expect(form.getByLabel("Stance", { exact: true })).toHaveValue("joint");
  await typeInto(page, form.getByLabel("Summary"), "Midvale could accept a dam run jointly.");
  expect(await sidewaysScroll(page)).toEqual([]);
  await tabTo(page, form.getByRole("button", { name: "Save statement" }));
  await page.keyboard.press("Enter");

  await expect(
    page
      .getByRole("status")
      .filter({ hasText: "Saved: Added statement: Ana Velt on Upland dam, 3 July 2025." }),
  ).toBeVisible();
  // Saving goes back to the article, to code the next passage; Escape closes it.
  await expect(reader).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(reader).toHaveCount(0);
  await expect(page.getByText("14 statements · 5 sources")).toBeVisible();
  expect(await sidewaysScroll(page)).toEqual([]);

  await page.keyboard.press("Control+z");
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: "Saved: Undid “Added statement: Ana Velt on Upland dam, 3 July 2025”." }),
  ).toBeVisible();
  await expect(page.getByText("13 statements · 5 sources")).toBeVisible();
  expect(await sidewaysScroll(page)).toEqual([]);
});
