// Flow: a reader on a phone (390 × 844) sees positions on the first screen, scrolls down the
// page through every row and sideways through the parties without losing the issue column; on a 1366 px laptop the template menu stays
// inside the window. Nothing here depends on the dataset's values.
import { expect, test } from "./support/pageErrors";

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test("the first screen shows matrix cells, not only header and controls", async ({ page }) => {
    await page.goto("/");
    const matrix = page.getByRole("region", { name: "Matrix, scrolls sideways" });
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

  test("the matrix grows with the page and scrolls sideways with its issue column pinned", async ({
    page,
  }) => {
    await page.goto("/");
    const matrix = page.getByRole("region", { name: "Matrix, scrolls sideways" });
    // No box of its own to scroll down: every row is in the page (a full-page capture holds it).
    const inner = await matrix.evaluate((box) => box.scrollHeight - box.clientHeight);
    expect(inner).toBeLessThanOrEqual(1);
    await matrix.evaluate((box) => box.scrollTo({ left: 250 }));
    expect(await matrix.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);
    const frame = await matrix.boundingBox();
    const corner = await matrix.getByRole("columnheader", { name: "Issue" }).boundingBox();
    if (!frame || !corner) throw new Error("the matrix or its corner is not laid out");
    // Pinned to the box's left edge (within its 1 px border) although it scrolled sideways.
    expect(Math.abs(corner.x - frame.x)).toBeLessThanOrEqual(2);
    // The gap column is reachable: scrolled to the end, its header is inside the screen.
    await matrix.evaluate((box) => box.scrollTo({ left: box.scrollWidth }));
    const gap = await matrix.getByRole("columnheader", { name: /^Gap:/ }).boundingBox();
    expect((gap?.x ?? 1e9) + (gap?.width ?? 0)).toBeLessThanOrEqual(390);
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
