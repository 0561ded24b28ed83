// Flow: someone opens a broken file; the page says exactly what is wrong and nothing on screen
// changes.

import {
  datasetHeading,
  importStatus,
  openDatasetFile,
  riverland,
  screenshot,
} from "./support/librarySupport";
import { dataset } from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";

const asFile = (name: string, text: string) => ({
  name,
  mimeType: "application/json",
  buffer: Buffer.from(text, "utf8"),
});

// The fixture with an issue id nobody defined on every statement, and one bad date.
function brokenRiverland(): string {
  const broken = structuredClone(riverland);
  for (const statement of broken.statements) statement.issueId = "sea-access";
  const [source] = broken.sources;
  if (source) source.published = "2025-01-01";
  return JSON.stringify(broken);
}

test("a file that fails validation lists its problems and leaves the view as it was", async ({
  page,
}, testInfo) => {
  const issue = dataset.issues[1];
  if (!issue) throw new Error("needs a second issue");
  await page.goto(`/?view=timeline&issues=${issue.id}`);
  await expect(page.getByRole("figure", { name: /stances over time$/ })).toHaveCount(1);
  const urlBefore = page.url();

  await openDatasetFile(page, asFile("broken.json", brokenRiverland()));

  const problems = page.getByRole("region", { name: "Could not open broken.json" });
  await expect(problems).toBeVisible();
  await expect(problems).toBeFocused();
  await expect(importStatus(page)).toHaveText("Could not open broken.json.");
  // A statement dated after its source, where / expected / found.
  const dateProblem = problems.getByRole("listitem").filter({ hasText: "statements[0].date" });
  await expect(dateProblem).toContainText(
    "a date on or before its source was published (2025-01-01)",
  );
  await expect(dateProblem).toContainText(`"${riverland.statements[0]?.date}"`);
  // The unknown issue, used by every statement, is one line with a count.
  const issueProblem = problems.getByRole("listitem").filter({ hasText: "issueId" });
  await expect(issueProblem).toHaveCount(1);
  await expect(issueProblem).toContainText(
    `statements[0].issueId and ${riverland.statements.length - 1} more like it`,
  );
  await expect(issueProblem).toContainText('"sea-access"');

  await expect(datasetHeading(page, dataset.meta.title)).toBeVisible();
  expect(page.url()).toBe(urlBefore);
  await expect(page.getByRole("figure", { name: /stances over time$/ })).toHaveCount(1);
  await screenshot(page, testInfo, "library-problems");

  await problems.getByRole("button", { name: "Dismiss" }).click();
  await expect(problems).toBeHidden();
  expect(page.url()).toBe(urlBefore);
});

// A mistake repeated with 60 different values is one kind of problem (issue 19: grouped by
// kind, not by value); the cut after 50 kinds is unit-tested in import.test.ts.
test("one mistake with 60 different values is one line naming the first three", async ({
  page,
}) => {
  const broken = structuredClone(riverland);
  const template = broken.statements[0];
  if (!template) throw new Error("the fixture has statements");
  broken.statements = Array.from({ length: 60 }, (_, i) => ({
    ...template,
    id: `bad-${i}`,
    partyId: `nobody-${i}`,
  }));
  await page.goto("/");
  await openDatasetFile(page, asFile("many.json", JSON.stringify(broken)));
  const problems = page.getByRole("region", { name: "Could not open many.json" });
  await expect(problems.getByRole("listitem")).toHaveCount(1);
  await expect(problems.getByRole("listitem")).toContainText(
    "statements[0].partyId and 59 more like it",
  );
  await expect(problems.getByRole("listitem")).toContainText(
    '"nobody-0", "nobody-1", "nobody-2" and 57 other values',
  );
  await expect(problems.getByText("60 problems, 1 kind (one fix may mend many):")).toBeVisible();
});

test.describe("files that are not datasets at all get a one-line reason", () => {
  for (const [label, name, text, reason] of [
    ["not JSON", "notes.json", "{ this is not json", "notes.json is not valid JSON"],
    ["empty", "empty.csv", "", "empty.csv is empty."],
    ["a CSV without the columns", "list.csv", "name,age\nAnn,3\n", 'a column named "date"'],
  ] as const) {
    test(label, async ({ page }) => {
      await page.goto("/");
      await openDatasetFile(page, asFile(name, text));
      const problems = page.getByRole("region", { name: `Could not open ${name}` });
      await expect(problems).toContainText(reason);
      await expect(datasetHeading(page, dataset.meta.title)).toBeVisible();
    });
  }
});
