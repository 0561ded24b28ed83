// Flow (issue 22): a team publishes its dataset with its own copy of the site (a file in
// data/ and a line in data/catalog.json). A colleague who has never opened Parley follows a
// link naming the dataset's id and version, in a fresh browser profile, and sees the view.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { datasetHeading, datasetSwitcher, fixturePath, riverland } from "./support/librarySupport";
import { expect, test } from "./support/pageErrors";

const builtIn = JSON.parse(
  readFileSync(new URL("../data/russia-ukraine.json", import.meta.url), "utf8"),
).meta as { id: string; version: string; title: string };

// The team's deployment: the site's catalog lists the built-in dataset, then Riverland v1.
async function publishRiverland(page: Page): Promise<void> {
  await page.route("**/data/catalog.json", (route) =>
    route.fulfill({
      contentType: "application/json",
      body: JSON.stringify({
        datasets: [
          { id: builtIn.id, version: builtIn.version, title: builtIn.title, file: null },
          {
            id: riverland.meta.id,
            version: "1",
            title: "Riverland talks",
            file: "riverland-v1.json",
          },
        ],
      }),
    }),
  );
  await page.route("**/data/riverland-v1.json", (route) =>
    route.fulfill({ contentType: "application/json", path: fixturePath("riverland.json") }),
  );
}

test("a link to a published dataset's version opens it, with its view, in a fresh profile", async ({
  page,
}) => {
  await publishRiverland(page);
  await page.goto(`/?dataset=${riverland.meta.id}&v=1&view=timeline&parties=upland`);
  await expect(datasetHeading(page, riverland.meta.title)).toBeVisible();
  await expect(page.getByRole("tab", { name: "Timeline" })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await expect(page).toHaveURL(
    new RegExp(`\\?dataset=${riverland.meta.id}&v=1&view=timeline&parties=upland$`),
  );
  // The header says the version; the switcher lists the published dataset, selected.
  await expect(page.getByText(/ · version 1$/)).toBeVisible();
  await expect(datasetSwitcher(page).locator("option:checked")).toHaveText("Riverland talks · v1");
  // Only Upland's line is drawn: the link's party filter applied to the published dataset.
  const figure = page.getByRole("figure", { name: "Water allocation: stances over time" });
  const chart = figure.getByRole("img").first();
  await expect(chart).toHaveAccessibleName(/^Step chart of the stances of Upland Republic on/);
  await expect(chart).not.toHaveAccessibleName(/Midvale Federation/);
});

test("every visitor can switch to a published dataset, and a link without a version pins one", async ({
  page,
}) => {
  await publishRiverland(page);
  await page.goto("/");
  await expect(datasetHeading(page, builtIn.title)).toBeVisible();
  await datasetSwitcher(page).selectOption({ label: "Riverland talks · v1" });
  await expect(datasetHeading(page, riverland.meta.title)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`\\?dataset=${riverland.meta.id}&v=1$`));

  await page.goto(`/?dataset=${riverland.meta.id}&view=deal`);
  await expect(datasetHeading(page, riverland.meta.title)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`\\?dataset=${riverland.meta.id}&v=1&view=deal$`));
});

test("a version the site does not publish is said, and the default dataset shown", async ({
  page,
}) => {
  await publishRiverland(page);
  await page.goto(`/?dataset=${riverland.meta.id}&v=9`);
  await expect(
    page.getByText(
      `This link is for dataset “${riverland.meta.id}” v9, which is not in this browser nor published with this site; showing the default dataset.`,
      { exact: false },
    ),
  ).toBeVisible();
  await expect(datasetHeading(page, builtIn.title)).toBeVisible();
});

test("the site's own catalog lists the built-in dataset, which a pinned link opens", async ({
  page,
}) => {
  await page.goto(`/?dataset=${builtIn.id}&v=${builtIn.version}&view=deal`);
  await expect(datasetHeading(page, builtIn.title)).toBeVisible();
  await expect(page.getByRole("tab", { name: "Deal space" })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await expect(
    page.getByText(new RegExp(` · version ${builtIn.version.replaceAll(".", "\\.")}$`)),
  ).toBeVisible();
  await expect(datasetSwitcher(page).locator("optgroup")).toHaveCount(0);
});
