// Flow: an analyst checks a cell: opens it, reads the verbatim quote and source, closes it.
import { fileURLToPath } from "node:url";
import { statementsOf } from "./support/datasetFacts";
import { dataset, matrixCell, partyOf } from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";

// A cell (as of the latest date, so holding all its statements) with a quoted statement,
// preferring one with a month-precision date so the precision display is checked too.
function findQuotedCell() {
  const cells = dataset.issues.flatMap((issue) =>
    dataset.parties.map((party) => ({
      issue,
      cell: { partyId: party.id, statements: statementsOf(dataset, issue.id, party.id) },
    })),
  );
  const quoted = cells.flatMap(({ issue, cell }) =>
    cell.statements.filter((s) => s.quote).map((statement) => ({ issue, cell, statement })),
  );
  const found = quoted.find((each) => each.statement.datePrecision === "month") ?? quoted[0];
  if (!found) throw new Error("no quoted statement in the dataset");
  return found;
}

test("the detail panel shows the quote behind a cell and closes with Escape", async ({
  page,
}, testInfo) => {
  const { issue, cell, statement } = findQuotedCell();
  const party = partyOf(cell.partyId);
  await page.goto("/");

  const button = matrixCell(page, issue.id, party.id);
  await button.click();
  const dialog = page.getByRole("dialog", { name: `${party.name} on ${issue.name}` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("listitem")).toHaveCount(cell.statements.length);
  const quote = dialog.locator("blockquote").filter({ hasText: statement.quote ?? "" });
  await expect(quote).toBeVisible();
  await expect(dialog.getByText(statement.speaker.name).first()).toBeVisible();
  if (statement.datePrecision === "month") {
    const month = new Intl.DateTimeFormat("en-GB", {
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    await expect(
      dialog.getByText(month.format(new Date(`${statement.date}T00:00:00Z`))).first(),
    ).toBeVisible();
  }
  const source = dataset.sources.find((each) => each.id === statement.sourceId);
  if (source) await expect(dialog.getByText(source.outlet).first()).toBeVisible();
  await page.screenshot({
    path: fileURLToPath(
      new URL(`../screenshots/cell-detail-${testInfo.project.name}.png`, import.meta.url),
    ),
  });

  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  await expect(page).not.toHaveURL(/cell=/);

  // Enter on the focused cell opens it again; the Close button closes it.
  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});
