// Flow: a reader checks where a statement comes from. Citations give outlet, headline and
// date, never the internal file name (sources[].document); an unknown outlet says how the
// copy came to us (sources[].notes). Values typed from e2e/fixtures/riverland-poles.json.
import { expect, test } from "./support/pageErrors";
import { openPolesFixture } from "./support/polesFixture";

// Each test opens a fixture through the import worker first, which is slow on a busy machine.
test.describe.configure({ timeout: 90_000 });

test.beforeEach(async ({ page }) => {
  await openPolesFixture(page);
});

test("the drawer cites outlet, headline and date, not the file name", async ({ page }) => {
  await page.getByRole("button", { name: /Upland Republic on Upland dam:/ }).click();
  const drawer = page.getByRole("dialog", { name: "Upland Republic on Upland dam" });
  const first = drawer.getByRole("article").first();
  await expect(first).toContainText(
    "Source: Riverland Gazette (fictional): Upland opens water talks with a hard line, 12 March 2025",
  );
  await expect(drawer).not.toContainText("002_818d8616ca24f288.txt");
  await expect(drawer).not.toContainText("document");
});

test("an unknown outlet says how the copy came to us", async ({ page }) => {
  await page.getByRole("button", { name: /Midvale Federation on Upland dam:/ }).click();
  const drawer = page.getByRole("dialog", { name: "Midvale Federation on Upland dam" });
  await expect(drawer).toContainText(
    "Source: Unknown outlet: Midvale keeps the dam question open, undated (how we have it: Forwarded by a delegate as a photocopy; the masthead is cut off.)",
  );
  await expect(drawer).not.toContainText("007_5f1e2d3c4b.txt");
});

test("the Sources view shows no internal file names", async ({ page }) => {
  await page.getByRole("tab", { name: "Sources" }).click();
  const card = page.getByRole("article", { name: "Midvale keeps the dam question open" });
  await expect(card).toContainText("Unknown outlet");
  await expect(card).toContainText("Forwarded by a delegate as a photocopy");
  await expect(
    page.getByRole("article", { name: "Upland opens water talks with a hard line" }),
  ).toBeVisible();
  await expect(page.getByText("002_818d8616ca24f288.txt")).toHaveCount(0);
  await expect(page.getByText("007_5f1e2d3c4b.txt")).toHaveCount(0);
});
