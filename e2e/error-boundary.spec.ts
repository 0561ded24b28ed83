// Flow: one view fails (here the Timeline's code arrives corrupted or not at all); the reader
// sees why, with a "Reload view" button, and every other part of Parley keeps working.
// The failure is real, not a test switch in the app: the browser is served a broken chunk.
import { fileURLToPath } from "node:url";
import { dataset, openFilters } from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";

const TIMELINE_CHUNK = /\/assets\/TimelineView-[^/]*\.js$/;

test("a view whose code throws shows a message, and the other views keep working", async ({
  page,
  pageErrors,
}, testInfo) => {
  await page.route(TIMELINE_CHUNK, (route) =>
    route.fulfill({
      contentType: "text/javascript",
      body: 'throw new Error("corrupted chunk served by the test");',
    }),
  );
  await page.goto("/");
  await page.getByRole("tab", { name: "Timeline" }).click();
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Something went wrong in the Timeline view");
  await expect(alert).toContainText("corrupted chunk served by the test");
  await expect(alert.getByRole("button", { name: "Reload view" })).toBeVisible();
  await page.screenshot({
    path: fileURLToPath(
      new URL(`../screenshots/error-boundary-${testInfo.project.name}.png`, import.meta.url),
    ),
  });

  await page.getByRole("tab", { name: "Statements" }).click();
  await expect(page.getByRole("region", { name: "Statements", exact: true })).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
  // The filter bar, outside the failed view, still filters.
  const issue = dataset.issues[0];
  if (!issue) throw new Error("the dataset has no issues");
  await openFilters(page);
  await page.getByRole("checkbox", { name: issue.name, exact: true }).check();
  await expect(page).toHaveURL(new RegExp(`issues=${issue.id}`));
  await page.getByRole("tab", { name: "Matrix" }).click();
  await expect(page.getByRole("table").first()).toBeVisible();

  expect(pageErrors.consume(/corrupted chunk served by the test/).length).toBeGreaterThan(0);
});

test("Reload view loads the view again once its code can be fetched", async ({
  page,
  pageErrors,
}) => {
  let isOffline = true;
  await page.route(TIMELINE_CHUNK, (route) => (isOffline ? route.abort() : route.continue()));
  await page.goto("/");
  await page.getByRole("tab", { name: "Timeline" }).click();
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Something went wrong in the Timeline view");

  isOffline = false;
  await alert.getByRole("button", { name: "Reload view" }).click();
  await expect(page.getByRole("figure", { name: /stances over time$/ }).first()).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);

  expect(pageErrors.consume(/TimelineView|dynamically imported module/).length).toBeGreaterThan(0);
  pageErrors.consume(/Failed to load resource|the Timeline view failed/);
});
