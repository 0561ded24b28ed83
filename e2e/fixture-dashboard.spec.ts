// Flow: every view works on a negotiation that is not the default one: other parties, other
// issues, and issues with six, three and four stances (the Riverland fixture).
import { readFile } from "node:fs/promises";
import { openRiverland, riverland, screenshot } from "./support/librarySupport";
import { escapeRegExp, openFilters } from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";

test.beforeEach(async ({ page }) => {
  await page.goto("/");
  await openRiverland(page);
});

// Worked out by hand from e2e/fixtures/riverland.json: each party's last statement with a
// stance on each issue, its place on the issue's scale, since when it has been held (the first
// statement of its unbroken run), and the statements behind the cell.
// Midvale's one dam statement states no stance.
const LATEST_STANCES: [party: string, issue: string, words: string][] = [
  // r13 (20 June 2025) moves Upland to the mixed formula: r1, r9 and r13 are behind the cell.
  [
    "Upland Republic",
    "Water allocation",
    "Mixed formula, 4 of 6. Since 20 June 2025 · 3 statements.",
  ],
  [
    "Midvale Federation",
    "Water allocation",
    "Mixed formula, 4 of 6. Since 18 April 2025 · 1 statement.",
  ],
  [
    "Deltaport Union",
    "Water allocation",
    "Equal thirds, 5 of 6. Since 14 June 2025 · 2 statements.",
  ],
  [
    "Upland Republic",
    "Upland dam",
    "Build under joint control, 2 of 3. Since 12 June 2025 · 2 statements.",
  ],
  ["Midvale Federation", "Upland dam", "No clear stance. 1 statement."],
  [
    "Deltaport Union",
    "Upland dam",
    "Halt construction, 3 of 3. Since 11 March 2025 · 1 statement.",
  ],
  [
    "Upland Republic",
    "Flow monitoring",
    "Each state measures, 1 of 4. Since 19 April 2025 · 1 statement.",
  ],
  [
    "Midvale Federation",
    "Flow monitoring",
    "Joint commission, 3 of 4. Since 18 April 2025 · 1 statement.",
  ],
  [
    "Deltaport Union",
    "Flow monitoring",
    "Outside monitors, 4 of 4. Since 1 April 2025 · 1 statement.",
  ],
];

test("the matrix shows the fixture's issues, parties and latest stances", async ({
  page,
}, testInfo) => {
  const table = page.getByRole("table", { name: /^Positions/ });
  await expect(table.getByRole("rowheader")).toHaveText(riverland.issues.map((i) => i.name));
  await expect(table.getByRole("columnheader")).toHaveCount(riverland.parties.length + 2);
  for (const [party, issue, words] of LATEST_STANCES) {
    const cell = page.getByRole("button", {
      name: new RegExp(`^${escapeRegExp(`${party} on ${issue}:`)}`),
    });
    await expect(cell).toHaveAccessibleName(`${party} on ${issue}: ${words}`);
  }
  await screenshot(page, testInfo, "fixture-matrix");
});

test("the timeline draws one stance chart per fixture issue", async ({ page }, testInfo) => {
  await page.getByRole("tab", { name: "Timeline" }).click();
  for (const issue of riverland.issues) {
    const figure = page.getByRole("figure", {
      name: `${issue.name}: stances over time`,
      exact: true,
    });
    await expect(figure).toBeVisible();
    await expect(
      figure.getByRole("img", { name: new RegExp(escapeRegExp(issue.name)) }),
    ).toBeVisible();
  }
  await expect(page.getByRole("figure", { name: /stances over time$/ })).toHaveCount(
    riverland.issues.length,
  );
  await screenshot(page, testInfo, "fixture-timeline");
});

test("the statements table counts the fixture's rows and exports them", async ({ page }) => {
  const total = riverland.statements.length;
  await page.getByRole("tab", { name: "Statements" }).click();
  const view = page.getByRole("region", { name: "Statements", exact: true });
  await expect(view.getByRole("status")).toHaveText(`${total} of ${total} statements`);

  const issue = riverland.issues[1];
  if (!issue) throw new Error("the fixture needs a second issue");
  await openFilters(page);
  await page.getByRole("checkbox", { name: issue.name, exact: true }).check();
  const onIssue = riverland.statements.filter((s) => s.issueId === issue.id).length;
  await expect(view.getByRole("status")).toHaveText(`${onIssue} of ${total} statements`);

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(
    /^riverland-fixture-statements-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const csv = await readFile(await download.path(), "utf8");
  // Header plus one line per statement shown; no fixture field holds a line break.
  expect(csv.split("\r\n").filter((line) => line !== "")).toHaveLength(onIssue + 1);
  expect(csv).toContain(issue.name);
});
