// Flow (issue 18): an analyst reads a party's position from its own words. Another party's
// account is shown as such and never moves the party; every view applies the same filters;
// the answers (gaps, event jumps, a link to an imported dataset) say and keep what they mean.
import type { Statement } from "../src/domain/schema";
import { deleteStatementReading, openCellDrawer } from "./support/codingSupport";
import {
  datasetHeading,
  fixturePath,
  importStatus,
  openDatasetFile,
  riverland,
} from "./support/librarySupport";
import { dataset, openFilters, showMatrixControls } from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";

const BORDER = "Fixture: Border talks with a contested account (fictional)";

test("an account by another party is shown beside the party's own stance, and moves it only when counted", async ({
  page,
}) => {
  await page.goto("/");
  await openDatasetFile(page, fixturePath("provenance-border.json"));
  await expect(datasetHeading(page, BORDER)).toBeVisible();

  // Northland said "open" on 10 January; Southland's minister said on 10 February that
  // Northland wants the border closed (the fixture's b1 and b3).
  const north = page.getByRole("button", { name: /^Northland on Border crossings:/ });
  await expect(north).toHaveAccessibleName(
    "Northland on Border crossings: Open crossings, 1 of 3; An account by Tomas Vale differs. Since 10 January 2025 · 2 statements.",
  );
  const drawer = await openCellDrawer(page, "Northland", "Border crossings");
  await expect(drawer.getByText(/^As of 10 February 2025:/)).toContainText(
    "Held since 10 January 2025. An account by Tomas Vale differs from Northland's own words",
  );
  await expect(drawer.getByText("Account by another party: Tomas Vale")).toBeVisible();
  await drawer.getByRole("button", { name: /^Close/ }).click();

  // Who moved from 15 January: Northland said nothing new of its own.
  await page.goto("/?dataset=provenance-border&view=deal&compare=2025-01-15");
  const moved = page.getByRole("table", { name: /^Who moved/ });
  await expect(moved.getByRole("row", { name: /Northland/ })).toContainText("did not move");

  // Counting accounts as positions: the old rule, the account is Northland's latest.
  await openFilters(page);
  await page
    .getByRole("checkbox", { name: "Count accounts by other parties as positions" })
    .check();
  await expect(page).toHaveURL(/[?&]accounts=1(&|$)/);
  await expect(moved.getByRole("row", { name: /Northland/ })).toContainText(
    "2 steps toward last stance",
  );
  await page.goto("/?dataset=provenance-border&accounts=1");
  await expect(north).toHaveAccessibleName(
    "Northland on Border crossings: Closed border, 3 of 3, per Tomas Vale. Since 10 February 2025 · 2 statements.",
  );
});

// The statements the Timeline should chart for one issue with "Hide state media": read from
// the data file with test-local code, in date order (ties in file order).
function nonStateMediaStatements(issueId: string): Statement[] {
  const stateMedia = new Set(
    dataset.sources.filter((source) => source.kind === "state-media").map((source) => source.id),
  );
  return dataset.statements
    .filter((s) => s.issueId === issueId && !stateMedia.has(s.sourceId))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

test("with Hide state media, the Timeline charts exactly the statements the matrix reads", async ({
  page,
}) => {
  const issue = dataset.issues.find((each) => each.id === "nato-membership");
  if (!issue) throw new Error("the default dataset has no nato-membership issue");
  const expected = nonStateMediaStatements(issue.id);
  await page.goto(`/?view=timeline&nostate=1&issues=${issue.id}`);
  const figure = page.getByRole("figure", { name: `${issue.name}: stances over time` });
  await figure.getByRole("button", { name: "Show data table" }).click();
  const table = page.getByRole("table", { name: new RegExp(`^${issue.name}: \\d+ statement`) });
  await expect(table).toHaveAccessibleName(`${issue.name}: ${expected.length} statements`);
  await expect(table.locator("tbody tr td:nth-child(4)")).toHaveText(
    expected.map((s) => s.speaker.name),
  );
});

test("the gap column sorts the issues widest first, by steps", async ({ page }) => {
  await page.goto("/");
  const matrix = page.getByRole("table", { name: /^Positions/ });
  await expect(matrix).toBeVisible();
  await matrix.getByRole("button", { name: /^Gap: / }).click();
  await expect(matrix.getByRole("columnheader", { name: /^Gap: / })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  const texts = await matrix.locator("tbody td.gap-cell").allTextContents();
  const steps = texts.map((text) => Number(/\((\d+) of/.exec(text)?.[1] ?? -1));
  // Issues without a gap (-1) come last; the others never go up.
  const known = steps.filter((count) => count >= 0);
  expect(known.length).toBeGreaterThan(1);
  expect(known).toEqual([...known].sort((a, b) => b - a));
  expect(steps.slice(0, known.length)).toEqual(known);
});

test("jumping to a month-precision event sets the end of its month", async ({ page }) => {
  // A month-precision event is dated the 1st ("May 2025: talks in Istanbul" on 2025-05-01):
  // what was said at it counts only with an as-of at the month's end. Worked out here from
  // the data file: the month's last day by the calendar, not by the app.
  const last = [...dataset.statements.map((s) => s.date)].sort().at(-1) ?? "";
  const event = (dataset.events ?? []).find(
    (each) => each.datePrecision === "month" && each.date.slice(0, 7) < last.slice(0, 7),
  );
  if (!event) throw new Error("the default dataset has no month-precision event to jump to");
  const [year, month] = event.date.split("-").map(Number) as [number, number];
  const end = `${event.date.slice(0, 7)}-${new Date(Date.UTC(year, month, 0)).getUTCDate()}`;
  const monthName = new Intl.DateTimeFormat("en-GB", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${event.date}T00:00:00Z`));
  await page.goto("/");
  await showMatrixControls(page);
  await page
    .getByRole("combobox", { name: "Jump to event" })
    .selectOption({ label: `${monthName}: ${event.title}` });
  await expect(page).toHaveURL(new RegExp(`[?&]asOf=${end}(&|$)`));
});

test("the search survives a deletion and its undo", async ({ page }) => {
  await page.goto("/?q=Riverland");
  await openDatasetFile(page, fixturePath("riverland.json"));
  await page.goto("/?dataset=riverland-fixture&q=shares&code=1");
  await expect(page).toHaveURL(/[?&]q=shares(&|$)/);
  const drawer = await deleteStatementReading(
    page,
    "Upland Republic",
    "Water allocation",
    "The 1950 shares are the only fair shares.",
  );
  await drawer.getByRole("button", { name: /^Close/ }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved: / })).toBeVisible();
  await expect(page).toHaveURL(/[?&]q=shares(&|$)/);
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved: Undid/ })).toBeVisible();
  await expect(page).toHaveURL(/[?&]q=shares(&|$)/);
});

test("a link to an imported dataset applies its view once the file is opened", async ({
  browser,
}) => {
  // A fresh profile: the recipient has never opened the file.
  const context = await browser.newContext();
  const page = await context.newPage();
  const dates = [...new Set(riverland.statements.map((s) => s.date))].sort();
  const asOf = dates[Math.floor(dates.length / 2)] as string;
  await page.goto(`/?dataset=riverland-fixture&view=statements&asOf=${asOf}&q=dam`);
  await expect(page.getByRole("status", { name: "Notices" })).toContainText(
    "the link's view is kept until then",
  );
  await openDatasetFile(page, fixturePath("riverland.json"));
  await expect(importStatus(page)).toHaveText(/^Opened riverland\.json/);
  await expect(page).toHaveURL(
    new RegExp(`\\?dataset=riverland-fixture&view=statements&q=dam&asOf=${asOf}$`),
  );
  await expect(page.getByRole("tab", { name: "Statements" })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await context.close();
});
