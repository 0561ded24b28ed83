// Flow: a reader on a phone (390 × 844) sees positions on the first screen and can scroll the
// matrix either way without losing its headers; on a 1366 px laptop the template menu stays
// inside the window. Nothing here depends on the dataset's values.
import { expect, test } from "./support/pageErrors";

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test("the first screen shows matrix cells, not only header and controls", async ({ page }) => {
    await page.goto("/");
    const matrix = page.getByRole("region", { name: "Matrix, scrolls both ways" });
    const firstCell = matrix.getByRole("table").getByRole("button").first();
    await expect(firstCell).toBeVisible();
    const box = await firstCell.boundingBox();
    // Its top edge and at least a line of it above the fold, with the page not scrolled.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(box?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(844 - 40);
    // The controls it folded are one tap away.
    await page.getByRole("button", { name: "Date, compare and gap" }).click();
    await expect(
      page.getByRole("checkbox", { name: "Compare with an earlier date" }),
    ).toBeVisible();
  });

  test("the matrix keeps its header row and issue column in view both ways", async ({ page }) => {
    await page.goto("/");
    const matrix = page.getByRole("region", { name: "Matrix, scrolls both ways" });
    await matrix.evaluate((box) => box.scrollTo({ top: 400, left: 250 }));
    const scrolled = await matrix.evaluate((box) => ({ top: box.scrollTop, left: box.scrollLeft }));
    expect(scrolled.top).toBeGreaterThan(0);
    expect(scrolled.left).toBeGreaterThan(0);
    const frame = await matrix.boundingBox();
    const corner = await matrix.getByRole("columnheader", { name: "Issue" }).boundingBox();
    if (!frame || !corner) throw new Error("the matrix or its corner is not laid out");
    // Pinned to the box's top-left corner (within its 1 px border) although both scrolled.
    expect(Math.abs(corner.y - frame.y)).toBeLessThanOrEqual(2);
    expect(Math.abs(corner.x - frame.x)).toBeLessThanOrEqual(2);
    // The gap column is reachable: scrolled to the end, its header is inside the screen.
    await matrix.evaluate((box) => box.scrollTo({ left: box.scrollWidth }));
    const gap = await matrix.getByRole("columnheader", { name: /^Gap:/ }).boundingBox();
    expect((gap?.x ?? 1e9) + (gap?.width ?? 0)).toBeLessThanOrEqual(390);
    expect(gap?.y ?? -1).toBeGreaterThanOrEqual(frame.y - 2);
  });
});

test.describe("on a 1366 px laptop", () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test("the Download template menu opens inside the window", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Download template" }).click();
    const item = page.getByRole("button", { name: "Statements CSV template" });
    await expect(item).toBeVisible();
    const box = await item.boundingBox();
    expect((box?.x ?? 1e9) + (box?.width ?? 0)).toBeLessThanOrEqual(1366);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  });
});
