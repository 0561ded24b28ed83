// Flow: a reader checks where the statements come from.
import { fileURLToPath } from "node:url";
import { sourceStatementsOf } from "./support/datasetFacts";
import { dataset } from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";

test("the sources view lists every source with how many statements it supports", async ({
  page,
}, testInfo) => {
  await page.goto("/");
  await page.getByRole("tab", { name: "Sources" }).click();
  const view = page.getByRole("region", { name: "Sources", exact: true });
  const cards = view.getByRole("article");
  await expect(cards).toHaveCount(dataset.sources.length);

  for (const [index, source] of dataset.sources.entries()) {
    const card = cards.nth(index);
    const count = sourceStatementsOf(dataset, source.id).length;
    const noun = count === 1 ? "statement" : "statements";
    await expect(card.getByRole("heading")).toHaveText(source.title ?? "Untitled");
    await expect(card).toContainText(source.outlet);
    await expect(card).toContainText(`Supports${count} ${noun}`);
    if (!source.published) await expect(card).toContainText("undated");
    if (count > 0) {
      await expect(card.getByRole("button", { name: `Show its ${count} ${noun}` })).toBeVisible();
    }
  }
  await page.screenshot({
    path: fileURLToPath(
      new URL(`../screenshots/sources-${testInfo.project.name}.png`, import.meta.url),
    ),
    fullPage: true,
  });
});

test("with a party filter, each source says how many of its statements match", async ({ page }) => {
  const party = dataset.parties[0];
  if (!party) throw new Error("the dataset has no party");
  await page.goto(`/?view=sources&parties=${party.id}`);
  const view = page.getByRole("region", { name: "Sources", exact: true });
  const cards = view.getByRole("article");
  await expect(cards).toHaveCount(dataset.sources.length);
  for (const [index, source] of dataset.sources.entries()) {
    const all = sourceStatementsOf(dataset, source.id);
    const matching = all.filter((statement) => statement.partyId === party.id).length;
    await expect(cards.nth(index)).toContainText(`(${matching} match the filters)`);
  }
});

test("a source's disclosure lists its statements", async ({ page }) => {
  const source = dataset.sources.find(
    (candidate) => sourceStatementsOf(dataset, candidate.id).length,
  );
  if (!source) throw new Error("no source with statements");
  const statements = sourceStatementsOf(dataset, source.id);
  await page.goto("/?view=sources");
  const card = page
    .getByRole("article")
    .filter({ has: page.getByRole("heading", { name: source.title ?? "Untitled", exact: true }) })
    .first();

  const button = card.getByRole("button", { name: /^Show its/ });
  await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  const items = card.getByRole("listitem");
  await expect(items).toHaveCount(statements.length);
  await expect(items.first()).toContainText(statements[0]?.summary ?? "");
});
