import { describe, expect, it } from "vitest";
import { nextShownCount, showMoreText } from "./paging";

const statements = { singular: "statement", plural: "statements" };

describe("nextShownCount", () => {
  it("adds one page", () => {
    expect(nextShownCount(50, 20_000, 50)).toBe(100);
  });
  it("stops at the total", () => {
    expect(nextShownCount(100, 120, 50)).toBe(120);
    expect(nextShownCount(120, 120, 50)).toBe(120);
  });
  it("starts from zero when given a negative count", () => {
    expect(nextShownCount(-5, 10, 4)).toBe(4);
  });
});

describe("showMoreText", () => {
  it("is null when every item is shown", () => {
    expect(showMoreText(12, 12, 50, statements)).toBeNull();
    expect(showMoreText(50, 12, 50, statements)).toBeNull();
  });
  it("offers the next page and says how many are not shown, with thousands separated", () => {
    expect(showMoreText(50, 20_000, 50, statements)).toBe(
      "Show 50 more statements (19,950 not shown)",
    );
  });
  it("names the last ones when fewer than a page remain", () => {
    expect(showMoreText(100, 120, 50, statements)).toBe("Show the last 20 statements");
  });
  it("uses the singular for one remaining item", () => {
    expect(showMoreText(50, 51, 50, statements)).toBe("Show the last statement");
  });
  it("offers a full page even when exactly a page remains", () => {
    expect(showMoreText(50, 100, 50, statements)).toBe("Show the last 50 statements");
  });
});
