// Flow: an analyst opens a dataset whose source carries its article's text; one quote is not
// what the article says. The file is kept and shown all the same, and the import lists that
// quote (statement, party, its first words, source) so it can be mended.
import {
  datasetHeading,
  fixturePath,
  importStatus,
  openDatasetFile,
} from "./support/librarySupport";
import { expect, test } from "./support/pageErrors";

// e2e/fixtures/riverland-quotes.json: one source with text and three statements. q1 stands in
// the text as written and q3 does too (reported speech, still the article's words); q2 adds
// "sacred" and "it" to what Piet Olan is reported to have said.
const TITLE = "Fixture: Riverland quotes checked against their article (fictional)";

test("an import lists the quote its article does not hold, and keeps the dataset", async ({
  page,
}) => {
  await page.goto("/");
  await openDatasetFile(page, fixturePath("riverland-quotes.json"));
  await expect(importStatus(page)).toHaveText(
    "Opened riverland-quotes.json: 3 statements; 1 quote is not in its article's text, listed below.",
  );
  await expect(datasetHeading(page, TITLE)).toBeVisible();

  const report = page.getByRole("region", { name: "Quotes not in their article's text" });
  await expect(report).toContainText(
    "riverland-quotes.json was opened and kept, but 1 quote could not be found in the text of its source.",
  );
  const listed = report.getByRole("listitem");
  await expect(listed).toHaveCount(1);
  // 62 characters: cut after "next", the last whole word within 60 with the ellipsis.
  await expect(listed).toHaveText(
    "Statementq2PartyUpland RepublicQuote“The dam is our sacred right and it will be finished next…”SourceKelda Post (fictional), “Midvale warms to a shared dam”",
  );

  // The same check marks the quote in the drawer, and the others as verified.
  await page.getByRole("button", { name: /^Upland Republic on Upland dam:/ }).click();
  const drawer = page.getByRole("dialog", { name: "Upland Republic on Upland dam" });
  await expect(drawer.getByRole("article")).toContainText("Not found in the article's text");
  await drawer.getByRole("button", { name: /^Close/ }).click();
  await page.getByRole("button", { name: /^Midvale Federation on Upland dam:/ }).click();
  const midvale = page.getByRole("dialog", { name: "Midvale Federation on Upland dam" });
  await expect(midvale.getByRole("article")).toHaveCount(2);
  for (const card of await midvale.getByRole("article").all())
    await expect(card).toContainText("Verified in the article's text");
  await midvale.getByRole("button", { name: /^Close/ }).click();

  await report.getByRole("button", { name: "Dismiss" }).click();
  await expect(report).toHaveCount(0);
});

test("an import whose sources carry no text lists nothing", async ({ page }) => {
  await page.goto("/");
  await openDatasetFile(page, fixturePath("riverland.json"));
  await expect(importStatus(page)).toHaveText("Opened riverland.json: 13 statements.");
  await expect(
    page.getByRole("region", { name: "Quotes not in their article's text" }),
  ).toHaveCount(0);
});
