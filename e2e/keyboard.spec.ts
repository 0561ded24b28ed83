// Flow: someone who uses only a keyboard reaches every control, opens and closes the detail
// panel, moves the as-of date, sorts the table and exports CSV; focus is never hidden.
import type { Page } from "@playwright/test";
import { focusProblem, tabTo } from "./support/keyboard";
import {
  dataset,
  dates,
  latestDate,
  matrixCell,
  showMatrixControls,
} from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";
import { openStatements } from "./support/statementsSupport";

// Marks every visible, enabled control with a number, so the test can tell which were reached.
function markControls(page: Page): Promise<number> {
  return page.evaluate(() => {
    // Roving-tabindex controls (tabindex -1: the unselected view tabs) are reached with the
    // arrow keys instead; a test below covers them.
    const selector = "a[href], button, input, select, textarea, [tabindex]:not([tabindex='-1'])";
    const candidates = [...document.querySelectorAll<HTMLElement>(selector)];
    const controls = candidates.filter((element) => {
      if (element.getAttribute("tabindex") === "-1") return false;
      const style = getComputedStyle(element);
      const isDisabled = (element as HTMLButtonElement).disabled === true;
      return element.getClientRects().length > 0 && style.visibility !== "hidden" && !isDisabled;
    });
    controls.forEach((element, index) => {
      element.dataset.keyboardCheck = String(index);
    });
    return controls.length;
  });
}

for (const view of ["matrix", "timeline", "statements", "sources", "method"]) {
  test(`Tab reaches every control on the ${view} view, and focus is never hidden`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.goto(view === "matrix" ? "/" : `/?view=${view}`);
    await expect(page.getByRole("tab", { selected: true })).toHaveAttribute("id", /.+/);
    if (view === "timeline") await drawEveryChart(page);
    const total = await markControls(page);
    expect(total).toBeGreaterThan(2);
    const reached = new Set<string>();
    const problems: string[] = [];
    // Twice the controls, plus slack for the skip link and focusable regions without a mark.
    for (let presses = 0; presses < total * 2 + 10 && reached.size < total; presses++) {
      await page.keyboard.press("Tab");
      const mark = await page.evaluate(
        () => (document.activeElement as HTMLElement | null)?.dataset.keyboardCheck ?? null,
      );
      if (mark !== null) reached.add(mark);
      const problem = await focusProblem(page);
      if (problem) problems.push(problem);
    }
    const missed = await page.evaluate(
      (seen) =>
        [...document.querySelectorAll<HTMLElement>("[data-keyboard-check]")]
          .filter((element) => !seen.includes(element.dataset.keyboardCheck ?? ""))
          .map(
            (element) =>
              `${element.tagName} ${element.getAttribute("aria-label") ?? element.textContent?.slice(0, 40)}`,
          ),
      [...reached],
    );
    expect(missed).toEqual([]);
    expect([...new Set(problems)]).toEqual([]);
  });
}

// Charts are drawn as they come into view and then stay: bring each on screen once, so the
// controls counted below are the ones Tab will meet (on a phone most start below the fold).
async function drawEveryChart(page: Page): Promise<void> {
  const figures = page.getByRole("figure", { name: /: stances over time$/ });
  await expect(figures.first()).toBeVisible();
  const count = await figures.count();
  for (let at = 0; at < count; at++) {
    const figure = figures.nth(at);
    await figure.evaluate((element) => element.scrollIntoView({ block: "center" }));
    await expect(figure.locator(".recharts-surface")).toBeVisible();
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

test("the view tabs move with the arrow keys", async ({ page }) => {
  await page.goto("/");
  await tabTo(page, page.getByRole("tab", { name: "Matrix" }));
  for (const name of ["Timeline", "Statements", "Sources", "Deal space", "Method"]) {
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("tab", { name })).toBeFocused();
  }
  await page.keyboard.press("Enter");
  await expect(page.getByRole("tab", { name: "Method" })).toHaveAttribute("aria-selected", "true");
});

test("the detail panel opens and closes from the keyboard", async ({ page }) => {
  const [issue] = dataset.issues;
  const [party] = dataset.parties;
  if (!issue || !party) throw new Error("the dataset has no issue or no party");
  await page.goto("/");
  const cell = matrixCell(page, issue.id, party.id);
  await tabTo(page, cell);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: `${party.name} on ${issue.name}` });
  await expect(dialog).toBeVisible();
  // Focus moves into the panel, and Tab never lands on the page behind it (the modal dialog
  // lets it pass to the browser's own controls, seen here as the body having focus).
  await expect
    .poll(() => dialog.evaluate((node) => node.contains(document.activeElement)))
    .toBe(true);
  for (let presses = 0; presses < 8; presses++) {
    await page.keyboard.press("Tab");
    const where = await dialog.evaluate((node) => {
      if (node.contains(document.activeElement)) return "dialog";
      return document.activeElement === document.body ? "browser" : "page";
    });
    expect(where).not.toBe("page");
  }
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(cell).toBeFocused();
});

test("the as-of slider moves with the arrow keys", async ({ page }) => {
  const previous = dates[dates.length - 2];
  if (!previous) throw new Error("the dataset has fewer than two dates");
  await page.goto("/");
  await showMatrixControls(page);
  const slider = page.getByRole("slider", { name: "As of" });
  await tabTo(page, slider);
  await expect(page.getByLabel("As of (date)")).toHaveValue(latestDate);
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByLabel("As of (date)")).toHaveValue(previous);
  await expect(page).toHaveURL(new RegExp(`asOf=${previous}`));
  await page.keyboard.press("Home");
  await expect(page.getByLabel("As of (date)")).toHaveValue(dates[0] ?? "");
  await page.keyboard.press("End");
  await expect(page.getByLabel("As of (date)")).toHaveValue(latestDate);
});

test("the table sorts and exports CSV from the keyboard", async ({ page }) => {
  const view = await openStatements(page);
  const speakerHeader = view.getByRole("columnheader", { name: "Speaker" });
  await tabTo(page, speakerHeader.getByRole("button"));
  await page.keyboard.press("Enter");
  await expect(speakerHeader).toHaveAttribute("aria-sort", "ascending");
  await page.keyboard.press("Space");
  await expect(speakerHeader).toHaveAttribute("aria-sort", "descending");

  await page.goto("/?view=statements");
  const exportButton = page.getByRole("button", { name: "Export CSV" });
  await tabTo(page, exportButton);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.keyboard.press("Enter"),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
});
