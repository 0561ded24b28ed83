// Flow: an analyst sorts and narrows the statements table, copies the link, and a colleague
// opening it in a fresh browser sees the same table. The default dataset has 65 statements,
// 16 of them by Ukraine (counted by hand in data/russia-ukraine.json 3.0.0: 2.0.0's 15, less
// s047 merged into s049, plus s071 and s072).
import { expect, test } from "./support/pageErrors";

test("Copy link copies an address that restores sort, hidden columns and column filters", async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/?view=statements");
  const view = page.getByRole("region", { name: "Statements", exact: true });
  await view.getByRole("columnheader", { name: "Speaker" }).getByRole("button").click();
  await view.getByRole("button", { name: "Columns" }).click();
  await view.getByRole("checkbox", { name: "Quote" }).uncheck();
  await page.keyboard.press("Escape");
  await view.getByRole("button", { name: "Column filters" }).click();
  await view.getByRole("searchbox", { name: "Party contains" }).fill("Ukraine");
  await expect(view.getByRole("status")).toHaveText("16 of 65 statements");

  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status", { name: "Notices" })).toContainText(
    "Copied a link to this view",
  );
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain("sort=speaker");
  expect(link).toContain("hide=quote");
  expect(link).toContain("filter.party=Ukraine");

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const errors: string[] = [];
  other.on("pageerror", (error) => errors.push(error.message));
  other.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await other.goto(link);
  const restored = other.getByRole("region", { name: "Statements", exact: true });
  await expect(restored.getByRole("status")).toHaveText("16 of 65 statements");
  await expect(restored.getByRole("columnheader", { name: "Speaker" })).toHaveAttribute(
    "aria-sort",
    "ascending",
  );
  await expect(restored.getByRole("columnheader", { name: "Quote" })).toHaveCount(0);
  await expect(restored.getByRole("button", { name: "Column filters (1 active)" })).toBeVisible();
  expect(errors).toEqual([]);
  await fresh.close();
});
