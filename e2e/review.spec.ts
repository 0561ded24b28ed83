// Flow: a coder opens a dataset with one planted mistake of each kind the Review looks for,
// finds each one listed under its rule with the words that triggered it, sees the one recorded
// as checked marked resolved with its reason, and goes from a flag to its statement, its row
// in the Statements table and its article.
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { datasetHeading, fixturePath, openDatasetFile, screenshot } from "./support/librarySupport";
import { expect, test } from "./support/pageErrors";

// Each planted mistake of e2e/fixtures/review-planted.json: the rule's heading, its id, and
// the words that trigger it, as the fixture was written.
const PLANTED = [
  ["The same act coded twice", "duplicate-act", "vell, high, southern, lorries"],
  ["A standing position coded as stated", "standing-cue", "has long"],
  [
    "Another party's account moves the position",
    "account-moves-position",
    "reported by Mara Vell: “Every ferry sails”",
  ],
  [
    "A summary copied from the article or quote",
    "copied-summary",
    "the guild would publish the list of inspected crews before the summer season begins on the eastern crossing",
  ],
  ["A hedge missing from the summary", "dropped-hedge", "reportedly"],
  ["A date less precise than the article", "unsupported-precision", "tuesday"],
  [
    "An event at month precision whose day the statements give",
    "event-day-known",
    "summit … 12 june",
  ],
  ["An event quoting another source", "event-borrowed-words", "under the old lighthouse"],
  ["Firmness words with another firmness", "firmness-cue", "red line"],
  ["Condition words with no conditions", "condition-cue", "only if"],
  ["Flexibility words with no acceptable range", "range-cue", "could accept"],
  ["A stance no statement uses", "unused-stance", "tolls: t-mid"],
  ["An issue whose first stance no party takes", "first-stance-untaken", "island: i-shared"],
  [
    "A party alternating between adjacent stances",
    "alternating-stances",
    "Split along the creek → South Shore holds it → Split along the creek",
  ],
  [
    "A quote not in its article's text",
    "quote-not-in-text",
    "Licences go to every crew that is inspected",
  ],
  [
    "A quote without its place in the text",
    "quote-without-place",
    "The island belongs to the north.",
  ],
] as const;

async function openReview(page: Page) {
  await page.goto("/");
  await openDatasetFile(page, fixturePath("review-planted.json"));
  await expect(datasetHeading(page, "Strait ferry talks (planted review mistakes)")).toBeVisible();
  await page.getByRole("tab", { name: "Review" }).click();
  const view = page.getByRole("region", { name: "Review", exact: true });
  await expect(view.getByRole("status")).toHaveText("17 flags: 16 unresolved, 1 resolved.");
  return view;
}

const ruleSection = (view: ReturnType<Page["getByRole"]>, name: string) =>
  view.getByRole("region", {
    name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(`),
  });

test("every planted mistake is listed under its rule with the words that triggered it", async ({
  page,
}, testInfo) => {
  const view = await openReview(page);
  await expect(view.getByRole("region")).toHaveCount(PLANTED.length);
  for (const [name, rule, evidence] of PLANTED) {
    const section = ruleSection(view, name);
    await expect(section).toContainText(`Rule ${rule}`);
    const flags = section.getByRole("listitem");
    await expect(flags.filter({ hasText: "Unresolved" })).toHaveCount(1);
    await expect(flags.filter({ hasText: "Unresolved" })).toContainText(
      `Triggered by: ${evidence}`,
    );
  }
  await screenshot(page, testInfo, "review");
});

test("a flag recorded in meta.reviewed is shown resolved with its reason", async ({ page }) => {
  const view = await openReview(page);
  const section = ruleSection(view, "Firmness words with another firmness");
  await expect(section.getByRole("heading")).toHaveText(
    "Firmness words with another firmness (2, 1 unresolved)",
  );
  const resolved = section.getByRole("listitem").filter({ hasText: "st-17" });
  await expect(resolved.getByText("Resolved", { exact: true })).toBeVisible();
  await expect(resolved).toContainText("Triggered by: never");
  await expect(resolved).toContainText(
    "Reason recorded: Said of storm safety, not of the talks: a habit, not a red line.",
  );
});

test("one click opens a flagged statement, then its row in the table", async ({ page }) => {
  const view = await openReview(page);
  const section = ruleSection(view, "Condition words with no conditions");
  await section.getByRole("button", { name: "Show statement st-15" }).click();
  await expect(section.getByRole("blockquote")).toHaveText(
    "Crews sail only if their boats pass the inspection",
  );
  await section.getByRole("button", { name: "Show st-15 in the Statements table" }).click();
  await expect(page.getByRole("tab", { name: "Statements" })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  const statements = page.getByRole("region", { name: "Statements", exact: true });
  await expect(statements.getByRole("status")).toHaveText("1 of 17 statements");
  await expect(statements.getByRole("row").nth(1)).toContainText(
    "The guild wants licensed crews to sail.",
  );
});

test("one click opens a flagged statement's article, its quote marked", async ({ page }) => {
  const view = await openReview(page);
  const section = ruleSection(view, "A hedge missing from the summary");
  await section.getByRole("button", { name: "Show statement st-01" }).click();
  await section
    .getByRole("button", { name: "Read the article “Ferry talks stall over the night crossing”" })
    .click();
  const passage = section.getByRole("region", {
    name: "Passage of “Ferry talks stall over the night crossing”",
  });
  await expect(passage).toContainText("The North Shore envoy, Mara Vell, reportedly told aides");
  // Playwright's getByRole knows no "mark" role; the <mark> element is what marks the quote.
  await expect(passage.locator("mark")).toHaveText(
    "The night ferries stay shut until the buoys are mended",
  );
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the Review has no axe violations, ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const view = await openReview(page);
    await view.getByRole("button", { name: "Show statement st-01" }).click();
    await expect(view.getByRole("blockquote")).toBeVisible();
    await view.getByRole("button", { name: /^Read the article/ }).click();
    await expect(view.getByRole("region", { name: /^Passage of/ })).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
}

test("at phone width the Review fits the screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const view = await openReview(page);
  await view.getByRole("button", { name: "Show statement st-03" }).click();
  await expect(view.getByRole("blockquote")).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
});

test("a link with view=review opens the Review", async ({ page }) => {
  await page.goto("/?view=review");
  await expect(page.getByRole("tab", { name: "Review" })).toHaveAttribute("aria-selected", "true");
  await expect(
    page.getByRole("region", { name: "Review", exact: true }).getByRole("heading", { level: 2 }),
  ).toHaveText("Review");
});

test("one click goes from a scale smell to the issue's scale", async ({ page }) => {
  const view = await openReview(page);
  const section = ruleSection(view, "A stance no statement uses");
  await section
    .getByRole("button", { name: "Show the scale of Causeway tolls in the Method view" })
    .click();
  await expect(page.getByRole("tab", { name: "Method" })).toHaveAttribute("aria-selected", "true");
  const scale = page.getByRole("region", { name: "Causeway tolls", exact: true });
  await expect(scale.getByRole("listitem")).toHaveText([
    /^1No tolls/,
    /^2Low tolls/,
    /^3Middling tolls/,
    /^4High tolls/,
  ]);
});

test("a dataset of over 5,000 statements is reviewed after the view paints", async ({ page }) => {
  // The planted fixture and 6,000 more statements that raise nothing: one speaker of the Ferry
  // Guild, one source, one day, the same stance.
  const planted = JSON.parse(readFileSync(fixturePath("review-planted.json"), "utf8"));
  for (let i = 0; i < 6_000; i++)
    planted.statements.push({
      id: `bulk-${i}`,
      date: "2025-06-01",
      datePrecision: "day",
      dateNote: null,
      partyId: "guild",
      speaker: { name: "Ina Holm", role: "Chair of the Ferry Guild" },
      issueId: "tolls",
      stanceId: "t-low",
      summary: `Holm repeated her view, time ${i}.`,
      quote: null,
      quoteKind: "reported",
      conditions: null,
      sourceId: "src-herald",
    });
  await page.goto("/");
  await openDatasetFile(page, {
    name: "review-planted-large.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(planted)),
  });
  await page.getByRole("tab", { name: "Review" }).click();
  const view = page.getByRole("region", { name: "Review", exact: true });
  await expect(view.getByRole("status")).toHaveText("17 flags: 16 unresolved, 1 resolved.");
});
