import { describe, expect, it } from "vitest";
import { matrixCaption } from "./matrixCaption";

describe("matrixCaption", () => {
  it("names the date, the compare date, and says when the date filter set it", () => {
    expect(matrixCaption({ date: "2025-08-21", reason: "latest" }, null)).toBe(
      "Positions as of 21 August 2025",
    );
    expect(matrixCaption({ date: "2024-12-31", reason: "filter-end" }, null)).toBe(
      "Positions as of 31 December 2024, the end of the date filter",
    );
    expect(matrixCaption({ date: "2024-12-31", reason: "chosen" }, "2024-06-01")).toBe(
      "Positions on 1 June 2024 → 31 December 2024",
    );
  });

  it("says which parties and issues it shows", () => {
    const latest = { date: "2025-08-21", reason: "latest" } as const;
    expect(matrixCaption(latest, null, { parties: [4, 4], issues: [8, 8] })).toBe(
      "Positions as of 21 August 2025 · all 4 parties, all 8 issues",
    );
    expect(matrixCaption(latest, null, { parties: [2, 4], issues: [1, 8] })).toBe(
      "Positions as of 21 August 2025 · 2 of 4 parties, 1 of 8 issues",
    );
  });
});
