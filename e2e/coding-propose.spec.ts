// Flow: the coding assistant. An analyst pastes an article; Parley lists its quoted passages
// with the speaker, party and date it proposes; picking one opens the form filled in, with the
// words each proposal came from; saved, the passage is marked as coded. A party that
// contradicts a speaker the dataset knows is flagged; an undated source asks for a date.
// The article (e2e/fixtures/kelda-propose-article.txt) is invented; it is of Thursday
// 15 May 2025, so "on Tuesday" is 13 May. Riverland codes Ana Velt for Midvale in 3 statements
// and Tomas Reed for Deltaport in 4.
import { addArticleSource } from "./support/codingSupport";
import { openRiverland, screenshot } from "./support/librarySupport";
import { expect, test } from "./support/pageErrors";

const ARTICLE = {
  file: "kelda-propose-article.txt",
  headline: "Kelda talks: Midvale asks for joint control",
};

test("a proposed passage is coded in a choice and a check, and then shows as coded", async ({
  page,
}, testInfo) => {
  await page.goto("/?code=1");
  await openRiverland(page);
  const reader = await addArticleSource(page, { ...ARTICLE, published: "2025-05-15" });
  const passages = reader.getByRole("region", { name: "Quoted passages (3)" });
  await expect(passages.getByRole("listitem")).toHaveCount(3);
  await expect(passages.getByRole("listitem").first()).toContainText(
    "Proposed: Ana Velt · Midvale Federation · 13 May 2025",
  );
  await passages
    .getByRole("button", { name: "Code it: “Joint control is the only road to a deal,”" })
    .click();

  const form = page.getByRole("dialog", { name: "New statement" });
  await expect(form.getByLabel("Quote", { exact: true })).toHaveValue(
    "Joint control is the only road to a deal,",
  );
  await expect(form.getByLabel("Quote kind")).toHaveValue("direct");
  await expect(form.getByLabel("Party", { exact: true })).toHaveValue("midvale");
  await expect(form.getByLabel("Speaker", { exact: true })).toHaveValue("Ana Velt");
  // A speaker the dataset knows keeps the role it codes her with.
  await expect(form.getByLabel("Speaker role")).toHaveValue("Foreign minister");
  await expect(form.getByLabel("Date", { exact: true })).toHaveValue("2025-05-13");
  await expect(form.getByLabel("Date note")).toHaveValue(
    "Tuesday before the article of Thursday 15 May 2025",
  );
  const evidence = form.getByRole("region", { name: "Proposed from the article" });
  await screenshot(page, testInfo, "coding-propose-form");
  await expect(evidence).toContainText("Midvale's foreign minister Ana Velt told");
  await expect(evidence).toContainText(
    "Foreign minister, as the dataset codes Ana Velt (the article: “Midvale's foreign minister Ana Velt”)",
  );
  await expect(evidence).toContainText(
    "Ana Velt speaks for Midvale Federation in 3 statements of the dataset",
  );
  await expect(evidence).toContainText("“Tuesday”");

  await form.getByLabel("Issue", { exact: true }).selectOption({ label: "Upland dam" });
  await form.getByLabel("Summary").fill("Midvale will only deal on joint control of the dam.");
  await form.getByRole("button", { name: "Save statement" }).click();
  await expect(page.getByText("14 statements · 5 sources")).toBeVisible();

  // Back in the reader: the passage is marked as coded, in the list and in the text.
  await expect(reader).toBeVisible();
  const coded = reader.getByRole("region", { name: "Quoted passages (3)" }).getByRole("listitem");
  await expect(coded.first()).toContainText("Coded: Ana Velt on Upland dam, 13 May 2025");
  await expect(
    coded.first().getByRole("button", { name: "Edit Ana Velt on Upland dam, 13 May 2025" }),
  ).toBeVisible();
  await expect(reader.getByRole("region", { name: "Coded from this article (1)" })).toContainText(
    "Ana Velt on Upland dam, 13 May 2025",
  );
  const highlighted = await page.evaluate(() => {
    const highlight = CSS.highlights.get("parley-coded");
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  });
  expect(highlighted).toEqual(["Joint control is the only road to a deal,"]);
  await screenshot(page, testInfo, "coding-propose-reader");
});

test("a party that contradicts a speaker the dataset knows is flagged before save", async ({
  page,
}) => {
  await page.goto("/?code=1");
  await openRiverland(page);
  const reader = await addArticleSource(page, { ...ARTICLE, published: "2025-05-15" });
  await reader.getByRole("button", { name: "Code it: “The flow data must be public,”" }).click();
  const form = page.getByRole("dialog", { name: "New statement" });
  await expect(form.getByLabel("Speaker", { exact: true })).toHaveValue("Tomas Reed");
  await expect(form.getByLabel("Party", { exact: true })).toHaveValue("deltaport");
  await expect(form.getByRole("alert")).toHaveCount(0);

  await form.getByLabel("Party", { exact: true }).selectOption({ label: "Midvale Federation" });
  await expect(form.getByRole("alert")).toHaveText(
    "Tomas Reed speaks for Deltaport Union in 4 statements of the dataset; this one gives Midvale Federation’s position.",
  );
  await form.getByLabel("Issue", { exact: true }).selectOption({ label: "Flow monitoring" });
  await form.getByLabel("Summary").fill("The flow data must be public.");
  // Not saved until the coder confirms the other party.
  await form.getByRole("button", { name: "Save statement" }).click();
  await expect(form).toBeVisible();
  await expect(page.getByText("13 statements · 5 sources")).toBeVisible();
  await form.getByLabel("Save it as Midvale Federation’s position all the same").check();
  await form.getByRole("button", { name: "Save statement" }).click();
  await expect(page.getByText("14 statements · 5 sources")).toBeVisible();
});

test("an undated source proposes no date and asks for one, never today's", async ({ page }) => {
  await page.goto("/?code=1");
  await openRiverland(page);
  const reader = await addArticleSource(page, { ...ARTICLE, published: null });
  await expect(reader.getByRole("listitem").first()).toContainText(
    "Proposed: Ana Velt · Midvale Federation · no date",
  );
  await reader
    .getByRole("button", { name: "Code it: “Joint control is the only road to a deal,”" })
    .click();
  const form = page.getByRole("dialog", { name: "New statement" });
  await expect(form.getByLabel("Date", { exact: true })).toHaveValue("");
  await expect(form.getByLabel("Date note")).toHaveValue("");
  await expect(
    form.getByText(/This source has no published date, so no date is proposed/),
  ).toBeVisible();
  await form.getByLabel("Issue", { exact: true }).selectOption({ label: "Upland dam" });
  await form.getByLabel("Summary").fill("Midvale will only deal on joint control of the dam.");
  await form.getByRole("button", { name: "Save statement" }).click();
  // The empty date keeps the form open; nothing is saved.
  await expect(form).toBeVisible();
  await expect(page.getByText("13 statements · 5 sources")).toBeVisible();
  await form.getByLabel("Date", { exact: true }).fill("2025-05-13");
  await form.getByRole("button", { name: "Save statement" }).click();
  await expect(page.getByText("14 statements · 5 sources")).toBeVisible();
});

test("Find in text forgives quotation marks, spacing and case, and offers the whole sentence", async ({
  page,
}) => {
  await page.goto("/?code=1");
  await openRiverland(page);
  const reader = await addArticleSource(page, { ...ARTICLE, published: "2025-05-15" });
  // Typed with curly marks, doubled spaces and capitals; the article has straight marks.
  await reader.getByLabel("Find in text").fill("“joint CONTROL  is the only");
  await expect(reader.getByText("1 match")).toBeVisible();
  await reader.getByRole("button", { name: "Quote the whole sentence of match 1" }).click();
  const form = page.getByRole("dialog", { name: "New statement" });
  await expect(form.getByLabel("Quote", { exact: true })).toHaveValue(
    `"Joint control is the only road to a deal," Midvale's foreign minister Ana Velt told reporters on Tuesday.`,
  );
  // The sentence holds the quotation: its speaker and date are proposed as for the quotation,
  // but the sentence is the writer's words, so it is reported speech.
  await expect(form.getByLabel("Quote kind")).toHaveValue("reported");
  await expect(form.getByLabel("Speaker", { exact: true })).toHaveValue("Ana Velt");
  await expect(form.getByLabel("Date", { exact: true })).toHaveValue("2025-05-13");
});
