// Flow: someone opens Parley and lands on the default dataset.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { formatDate } from "../src/domain/statementText";
import { expect, test } from "./support/pageErrors";

// Read from the file, not hard-coded, so the test follows the dataset as it grows.
const dataset = JSON.parse(
  readFileSync(new URL("../data/russia-ukraine.json", import.meta.url), "utf8"),
) as { meta: { title: string; updated: string }; statements: unknown[]; sources: unknown[] };

test("opens on the default dataset and shows its title and statement count", async ({
  page,
}, testInfo) => {
  await page.goto("/");

  await expect(page).toHaveTitle("Parley");
  await expect(
    page.getByRole("heading", { level: 1, name: dataset.meta.title, exact: true }),
  ).toBeVisible();
  const statementCount = dataset.statements.length;
  const sourceCount = dataset.sources.length;
  // The header line reads e.g. "55 statements · 8 sources · updated 23 November 2026".
  await expect(
    page.getByText(
      `${statementCount} ${statementCount === 1 ? "statement" : "statements"} · ${sourceCount} ${sourceCount === 1 ? "source" : "sources"} · updated ${formatDate(dataset.meta.updated)}`,
      { exact: true },
    ),
  ).toBeVisible();

  // One screenshot per project (desktop 1280 px, phone 360 px) in screenshots/ (gitignored),
  // for a person to look at; test-results/ is wiped at the start of every run.
  const screenshotUrl = new URL(
    `../screenshots/app-opens-${testInfo.project.name}.png`,
    import.meta.url,
  );
  await page.screenshot({ path: fileURLToPath(screenshotUrl), fullPage: true });
});
