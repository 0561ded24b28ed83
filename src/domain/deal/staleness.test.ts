import { describe, expect, it } from "vitest";
import { staleness } from "./staleness";

describe("staleness", () => {
  it("is fresh at exactly 90 days", () => {
    // 2025-05-23 + 90 days = 2025-08-21 (8 + 30 + 31 + 21).
    expect(staleness("2025-05-23", "2025-08-21")).toEqual({ isStale: false, days: 90, months: 2 });
  });

  it("is stale at 91 days", () => {
    expect(staleness("2025-05-22", "2025-08-21")).toEqual({ isStale: true, days: 91, months: 2 });
  });

  it("counts whole months for 'last stated 4 months before'", () => {
    expect(staleness("2025-04-20", "2025-08-21").months).toBe(4);
    expect(staleness("2025-04-22", "2025-08-21").months).toBe(3);
  });

  it("takes a threshold", () => {
    expect(staleness("2025-08-01", "2025-08-21", 14).isStale).toBe(true);
  });
});
