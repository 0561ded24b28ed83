// Flow: a reader learns which way every scale runs, in the dataset's own words
// (meta.scale), on the matrix legend, beside each timeline chart and in the Method view.
// The fixture names its ends "Upland's ask" (first stance) and "Deltaport's ask" (last).
import { fixturePath } from "./support/librarySupport";
import { expect, test } from "./support/pageErrors";
import { openPolesFixture } from "./support/polesFixture";

// Each test opens a fixture through the import worker first, which is slow on a busy machine.
test.describe.configure({ timeout: 90_000 });

test.beforeEach(async ({ page }) => {
  await openPolesFixture(page);
});

test("the matrix legend names both ends of the scale", async ({ page }) => {
  const legend = page.getByRole("region", { name: "Legend" });
  await expect(legend).toContainText(
    "Every list runs from Upland's ask (1) to Deltaport's ask (last).",
  );
  await expect(legend).toContainText("1: Upland's ask");
  await expect(legend).toContainText("last: Deltaport's ask");
});

test("each timeline chart says which end is up", async ({ page }) => {
  await page.getByRole("tab", { name: "Timeline" }).click();
  const figure = page.getByRole("figure", { name: "Upland dam: stances over time" });
  // Charts are drawn as they come into view (a phone shows one at a time): bring it there.
  await figure.evaluate((element) => element.scrollIntoView({ block: "center" }));
  await expect(figure.getByText("↑ Top: Deltaport's ask")).toBeVisible();
  await expect(figure.getByText("↓ Bottom: Upland's ask")).toBeVisible();
});

test("the Method view's scales say what their ends stand for", async ({ page }) => {
  await page.getByRole("tab", { name: "Method" }).click();
  const dam = page.getByRole("region", { name: "Upland dam" });
  await expect(dam.getByText("From 1, Upland's ask, to 3, Deltaport's ask")).toBeVisible();
  const monitoring = page.getByRole("region", { name: "Flow monitoring" });
  await expect(monitoring.getByText("From 1, Upland's ask, to 4, Deltaport's ask")).toBeVisible();
});

test("without named ends the app says first and last stance", async ({ page }) => {
  await page.getByLabel("Open dataset…").setInputFiles(fixturePath("riverland.json"));
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Fixture: Riverland water-sharing talks (fictional)",
    }),
  ).toBeVisible({ timeout: 20_000 });
  await page.getByRole("tab", { name: "Method" }).click();
  await expect(
    page
      .getByRole("region", { name: "Upland dam" })
      .getByText("From 1, first stance, to 3, last stance"),
  ).toBeVisible();
});
