// Flow: a dataset whose party has a 20,000-character name is opened. The name once made the
// page 317,000 px wide; it is clipped in the matrix headers, the filters and the pickers, and
// shown whole on demand.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { fixturePath, openDatasetFile } from "./support/librarySupport";
import { expect, test } from "./support/pageErrors";

// Riverland with its first party renamed: "Upland Republic of " and 19,982 letters without a
// space, so nothing in the name lets it wrap: 20,000 characters.
const LONG_NAME = `Upland Republic of ${"A".repeat(19_981)}`;

function longNameDataset() {
  const dataset = JSON.parse(readFileSync(fixturePath("riverland.json"), "utf8"));
  dataset.parties[0].name = LONG_NAME;
  return {
    name: "long-name.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(dataset), "utf8"),
  };
}

// How far the document reaches past the window's right edge, in px, and (for the failure
// message) the innermost elements reaching past it: those that hold no such element.
function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // An element's box, or text running out of it (a word longer than its box overflows it).
    // Inside a box that scrolls or clips sideways and itself fits the window (the phone's
    // sliding rows of tools and tabs), nothing widens the page.
    const isInsideFittingScroller = (element: Element) => {
      for (let box = element.parentElement; box; box = box.parentElement)
        if (
          getComputedStyle(box).overflowX !== "visible" &&
          box.getBoundingClientRect().right <= width + 1
        )
          return true;
      return false;
    };
    const isWide = (element: Element) => {
      const { left, right } = element.getBoundingClientRect();
      const isClipped = getComputedStyle(element).overflowX !== "visible";
      const reaches = (isClipped ? right : left + element.scrollWidth) > width + 1;
      return reaches && !isInsideFittingScroller(element);
    };
    const wide = [...document.querySelectorAll("body *")]
      .filter((element) => isWide(element) && ![...element.children].some(isWide))
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return { past: document.documentElement.scrollWidth - width, wide };
  });
}

test("a 20,000-character party name is clipped, not as wide as the page", async ({ page }) => {
  expect(LONG_NAME.length).toBe(20_000);
  await page.goto("/?code=1");
  await openDatasetFile(page, longNameDataset());
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Riverland/);
  for (const tab of ["Matrix", "Timeline", "Statements", "Sources", "Deal space"]) {
    await page.getByRole("tab", { name: tab }).click();
    await expect(page.getByRole("tab", { name: tab })).toHaveAttribute("aria-selected", "true");
    expect({ tab, ...(await overflow(page)) }).toEqual({ tab, past: 0, wide: [] });
  }

  // Filtered to the party: its checkbox and its chip are clipped too, the chip whole on demand.
  await page.getByRole("tab", { name: "Matrix" }).click();
  await page.getByRole("button", { name: "Filters", exact: true }).click();
  await page.getByRole("checkbox", { name: LONG_NAME }).check();
  const chip = page.getByRole("button", { name: `Remove filter Party: ${LONG_NAME}` });
  await expect(chip).toBeVisible();
  await expect(chip.getByTitle(`Party: ${LONG_NAME}`)).toBeVisible();
  // The chip keeps to one line, however long the name.
  expect((await chip.boundingBox())?.height).toBeLessThan(40);
  expect(await overflow(page)).toEqual({ past: 0, wide: [] });
  // The matrix header carries the name whole in its title.
  await expect(
    page.getByRole("columnheader", { name: LONG_NAME, exact: true }).getByTitle(LONG_NAME),
  ).toBeVisible();
});
