// Flow: an analyst renames a party, an issue and a stance, edits a source's headline and text,
// is refused where an edit would break the dataset (a stance or party still in use, an empty
// name), undoes and redoes, reloads and finds the edits kept; the built-in dataset stays as
// shipped. Expected names and counts are read from e2e/fixtures/riverland.json by hand.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import {
  ARTICLE_TITLE,
  addRiverlandArticle,
  codeVeltStatement,
  quoteSelection,
  readerDialog,
  VELT_QUOTE,
} from "./support/codingSupport";
import { datasetHeading, openRiverland, riverland, screenshot } from "./support/librarySupport";
import { dataset, matrixTable } from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";

function vocabularyDialog(page: Page) {
  return page.getByRole("dialog", { name: "Parties and issues" });
}

async function openVocabulary(page: Page) {
  await page.getByRole("button", { name: "Parties and issues" }).click();
  await expect(vocabularyDialog(page)).toBeVisible();
  return vocabularyDialog(page);
}

function savedStatus(page: Page, text: string) {
  return page
    .getByRole("status")
    .filter({ hasText: `Saved: ${text}.` })
    .first();
}

const axe = (page: Page) =>
  new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();

test("rename a party, an issue and a stance; undo, redo and reload", async ({ page }, testInfo) => {
  await page.goto("/?code=1");
  await openRiverland(page);
  const dialog = await openVocabulary(page);

  await dialog.getByRole("button", { name: "Edit party Upland Republic" }).click();
  const party = dialog.getByRole("form", { name: "Edit party Upland Republic" });
  // The editor opens with focus in its first field, filled in from the fixture.
  await expect(party.getByLabel("Name", { exact: true })).toBeFocused();
  await expect(party.getByLabel("Short name")).toHaveValue("Upland");
  await party.getByLabel("Name", { exact: true }).fill("Highland Republic");
  await party.getByRole("button", { name: "Save party" }).click();
  await expect(
    savedStatus(page, "Renamed party “Upland Republic” to “Highland Republic”"),
  ).toBeVisible();
  // Focus returns to the party's Edit button, now under its new name.
  await expect(dialog.getByRole("button", { name: "Edit party Highland Republic" })).toBeFocused();

  await dialog.getByRole("button", { name: "Edit issue Water allocation" }).click();
  const issue = dialog.getByRole("form", { name: "Edit issue Water allocation" });
  await issue.getByLabel("Issue name").fill("Water shares");
  // Stance 4 of water allocation is "Mixed formula".
  await expect(issue.getByLabel("Stance 4", { exact: true })).toHaveValue("Mixed formula");
  await issue.getByLabel("Stance 4", { exact: true }).fill("Blended formula");
  await screenshot(page, testInfo, "coding-vocabulary-issue");
  expect((await axe(page)).violations.map((violation) => violation.id)).toEqual([]);
  await issue.getByRole("button", { name: "Save issue" }).click();
  const issueLabel =
    "Edited issue “Water allocation”: renamed it “Water shares”; renamed stance “Mixed formula” to “Blended formula”";
  await expect(savedStatus(page, issueLabel)).toBeVisible();
  await dialog.getByRole("button", { name: "Close" }).click();

  const table = matrixTable(page);
  await expect(
    table.getByRole("columnheader", { name: "Highland Republic", exact: true }),
  ).toBeVisible();
  await expect(table.getByRole("rowheader")).toHaveText([
    "Water shares",
    "Upland dam",
    "Flow monitoring",
  ]);
  // Upland's latest water stance (r13) is the renamed one.
  await expect(
    page.getByRole("button", {
      name: /^Highland Republic on Water shares: Blended formula, 4 of 6/,
    }),
  ).toBeVisible();
  await page.getByRole("tab", { name: "Statements" }).click();
  const statements = page.getByRole("region", { name: "Statements", exact: true });
  await expect(statements.getByText("Highland Republic").first()).toBeVisible();
  await expect(statements.getByText("Upland Republic")).toHaveCount(0);
  await page.getByRole("tab", { name: "Matrix" }).click();

  // Undo twice (button, then keyboard outside a text field): both names come back.
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(savedStatus(page, `Undid “${issueLabel}”`)).toBeVisible();
  await expect(table.getByRole("rowheader").first()).toHaveText("Water allocation");
  await page.getByRole("button", { name: "Undo", exact: true }).focus();
  await page.keyboard.press("Control+Z");
  await expect(
    table.getByRole("columnheader", { name: "Upland Republic", exact: true }),
  ).toBeVisible();
  await page.keyboard.press("Control+Shift+Z");
  await expect(
    table.getByRole("columnheader", { name: "Highland Republic", exact: true }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Redo", exact: true }).click();
  await expect(table.getByRole("rowheader").first()).toHaveText("Water shares");

  await page.getByRole("button", { name: "Change history" }).click();
  const history = page.getByRole("dialog", { name: "Change history" });
  await expect(history.getByRole("listitem")).toHaveText([
    new RegExp(`^${issueLabel.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} · .* \\(current\\)`),
    /^Renamed party “Upland Republic” to “Highland Republic” · /,
    /^Before the first change/,
  ]);
  await history.getByRole("button", { name: "Close" }).click();

  await page.reload();
  await expect(datasetHeading(page, riverland.meta.title)).toBeVisible();
  await expect(
    matrixTable(page).getByRole("columnheader", { name: "Highland Republic", exact: true }),
  ).toBeVisible();
  await expect(matrixTable(page).getByRole("rowheader").first()).toHaveText("Water shares");
});

test("edits that would break the dataset are refused with the reason", async ({ page }) => {
  await page.goto("/?code=1");
  await openRiverland(page);
  const dialog = await openVocabulary(page);

  // Mixed formula is r5's and r13's stance and where r11's acceptable stretch starts.
  await dialog.getByRole("button", { name: "Edit issue Water allocation" }).click();
  const issue = dialog.getByRole("form", { name: "Edit issue Water allocation" });
  await issue.getByRole("button", { name: "Remove stance 4" }).click();
  await expect(issue.getByRole("alert")).toHaveText(
    "The stance “Mixed formula” cannot be removed: 3 statements (r5, r11, r13) use it. Recode or delete them first.",
  );
  await expect(issue.getByLabel(/^Stance \d+$/)).toHaveCount(6);
  // A stance nothing uses can be added and, before saving, removed again.
  await issue.getByLabel("New stance").fill("Auction");
  await issue.getByLabel("Place it after").selectOption({ label: "5. Equal thirds" });
  await issue.getByRole("button", { name: "Add stance" }).click();
  await expect(issue.getByLabel("Stance 6", { exact: true })).toHaveValue("Auction");
  await issue.getByRole("button", { name: "Save issue" }).click();
  await expect(
    savedStatus(page, "Added stance “Auction” to issue “Water allocation”"),
  ).toBeVisible();
  await dialog.getByRole("button", { name: "Edit issue Water allocation" }).click();
  await issue.getByRole("button", { name: "Remove stance 6" }).click();
  await issue.getByRole("button", { name: "Save issue" }).click();
  await expect(
    savedStatus(page, "Removed stance “Auction” from issue “Water allocation”"),
  ).toBeVisible();

  // Midvale is named by r5, r6 and r12: the validator's reference check says where.
  await dialog.getByRole("button", { name: "Edit party Midvale Federation" }).click();
  const party = dialog.getByRole("form", { name: "Edit party Midvale Federation" });
  await party.getByRole("button", { name: "Remove party" }).click();
  const alert = party.getByRole("alert");
  await expect(alert).toContainText(
    "The party “Midvale Federation” cannot be removed: 3 statements (r5, r6, r12) use it. Recode or delete them first.",
  );
  await expect(alert).toContainText(
    'statements[4].partyId: expected a party id (upland, deltaport), found "midvale"',
  );
  // An empty name is the validator's to refuse, in its own words.
  await party.getByLabel("Name", { exact: true }).fill("");
  await party.getByRole("button", { name: "Save party" }).click();
  await expect(party.getByRole("alert")).toContainText(
    'parties[1].name: expected text of at least 1 character(s), found ""',
  );
  // Another party's name (Upland Republic, in the fixture) would make two columns alike.
  await party.getByLabel("Name", { exact: true }).fill("upland republic");
  await party.getByRole("button", { name: "Save party" }).click();
  await expect(party.getByRole("alert")).toContainText(
    'parties[0].name: expected a name no other party has, found "upland republic"',
  );
  await party.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog.getByRole("button", { name: "Edit party Midvale Federation" })).toBeFocused();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(
    matrixTable(page).getByRole("columnheader", { name: "Midvale Federation", exact: true }),
  ).toBeVisible();
  await expect(page.getByText(/^13 statements ·/)).toBeVisible();
});

test("edit a source's headline, and its text leaving a quote unverified", async ({
  page,
}, testInfo) => {
  await page.goto("/?code=1");
  await openRiverland(page);
  await page.getByRole("tab", { name: "Sources" }).click();
  const view = page.getByRole("region", { name: "Sources", exact: true });
  const gazette = view.getByRole("article").filter({
    has: page.getByRole("heading", { name: "Upland opens water talks with a hard line" }),
  });
  await gazette.getByRole("button", { name: "Edit source" }).click();
  const form = page.getByRole("dialog", { name: "Edit source" });
  await expect(form.getByLabel("Outlet")).toHaveValue("Riverland Gazette (fictional)");
  await expect(form.getByLabel("Headline")).toHaveValue(
    "Upland opens water talks with a hard line",
  );
  await expect(form.getByLabel("Published")).toHaveValue("2025-03-12");
  await expect(form.getByLabel("Address")).toHaveValue(
    "https://example.org/riverland/gazette-0312",
  );
  await expect(form.getByLabel("Article text")).toHaveValue("");
  await form.getByLabel("Headline").fill("Upland opens the water talks");
  await form.getByRole("button", { name: "Save source" }).click();
  await expect(form).toHaveCount(0);
  await expect(
    view.getByRole("heading", { name: "Upland opens the water talks", exact: true }),
  ).toBeVisible();
  await expect(
    savedStatus(
      page,
      "Changed the headline of source “Upland opens water talks with a hard line” to “Upland opens the water talks”",
    ),
  ).toBeVisible();

  // An article with text and one verified quote from it (s-14, the 14th statement).
  await addRiverlandArticle(page);
  await codeVeltStatement(await quoteSelection(page, VELT_QUOTE));
  await expect(
    savedStatus(page, "Added statement: Ana Velt on Upland dam, 3 July 2025"),
  ).toBeVisible();
  await readerDialog(page).getByRole("button", { name: "Close" }).click();
  const article = view
    .getByRole("article")
    .filter({ has: page.getByRole("heading", { name: ARTICLE_TITLE }) });
  await article.getByRole("button", { name: "Edit source" }).click();
  await expect(form.getByRole("status").filter({ hasText: "coded from" })).toHaveText(
    "The 1 quote coded from this source stands in this text.",
  );
  await form
    .getByLabel("Article text")
    .fill("Midvale warms to a shared dam\n\nVelt spoke to reporters after the talks.");
  await expect(form.getByRole("status").filter({ hasText: "unverified" })).toHaveText(
    "This text would leave 1 quote unverified (s-14): it is no longer in it. The statement stays, marked “Not found in the article's text”.",
  );
  await screenshot(page, testInfo, "coding-edit-source");
  expect((await axe(page)).violations.map((violation) => violation.id)).toEqual([]);
  await form.getByRole("button", { name: "Save source" }).click();
  await expect(
    savedStatus(
      page,
      `Edited source “${ARTICLE_TITLE}”: article text; 1 quote is no longer in its text`,
    ),
  ).toBeVisible();
  await expect(page.getByText("14 statements · 5 sources")).toBeVisible();
  await page.getByRole("tab", { name: "Matrix" }).click();
  await page.getByRole("button", { name: /^Midvale Federation on Upland dam:/ }).click();
  const drawer = page.getByRole("dialog", { name: "Midvale Federation on Upland dam" });
  await expect(
    drawer.getByRole("article").filter({ hasText: "under joint control" }),
  ).toContainText("Not found in the article's text");
});

test("the built-in dataset is never overwritten by a rename", async ({ page }) => {
  const first = dataset.parties[0];
  if (!first) throw new Error("the default dataset has no party");
  await page.goto("/?code=1");
  const dialog = await openVocabulary(page);
  await dialog.getByRole("button", { name: `Edit party ${first.name}` }).click();
  const party = dialog.getByRole("form", { name: `Edit party ${first.name}` });
  await party.getByLabel("Name", { exact: true }).fill(`${first.name} (renamed)`);
  await party.getByRole("button", { name: "Save party" }).click();
  await expect(datasetHeading(page, `${dataset.meta.title} (edited)`)).toBeVisible();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(
    matrixTable(page).getByRole("columnheader", { name: `${first.name} (renamed)`, exact: true }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Open the original dataset" }).click();
  await expect(datasetHeading(page, dataset.meta.title)).toBeVisible();
  await expect(
    matrixTable(page).getByRole("columnheader", { name: first.name, exact: true }),
  ).toBeVisible();
  await page.reload();
  await expect(datasetHeading(page, dataset.meta.title)).toBeVisible();
  await expect(
    matrixTable(page).getByRole("columnheader", { name: `${first.name} (renamed)`, exact: true }),
  ).toHaveCount(0);
});
