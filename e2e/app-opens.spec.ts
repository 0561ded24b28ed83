// Flow: someone opens Parley and lands on the default dataset.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test } from "./support/pageErrors";

// Read from the file, not hard-coded, so the test follows the dataset as it grows.
const dataset = JSON.parse(
  readFileSync(new URL("../data/russia-ukraine.json", import.meta.url), "utf8"),
) as {
  meta: { title: string; updated: string; version: string };
  statements: unknown[];
  sources: unknown[];
};

// "23 November 2026": the header's date, written here with the platform's formatter.
function longDate(iso: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${iso}T00:00:00Z`));
}

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
  // The header line reads e.g. "55 statements · 8 sources · updated 23 November 2026 ·
  // version 2.0.0": the version is the dataset's meta.version, as exports cite it.
  await expect(
    page.getByText(
      `${statementCount} ${statementCount === 1 ? "statement" : "statements"} · ${sourceCount} ${sourceCount === 1 ? "source" : "sources"} · updated ${longDate(dataset.meta.updated)} · version ${dataset.meta.version}`,
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
