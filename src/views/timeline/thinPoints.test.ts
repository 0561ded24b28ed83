import { describe, expect, it } from "vitest";
import { makeStatement } from "../../domain/__fixtures__/makeDataset";
import type { StancePoint } from "../../domain/stanceSeries";
import { thinPoints } from "./thinPoints";

function point(id: string, date: string, stanceIndex: number | null): StancePoint {
  const stanceId = stanceIndex === null ? null : `s${stanceIndex}`;
  const statement = makeStatement({ id, date, partyId: "ru", issueId: "nato", stanceId });
  return { date, stanceIndex, statement, isAccount: false };
}

const busyDays: StancePoint[] = [
  point("a", "2025-01-01", 0),
  point("b", "2025-01-01", 0),
  point("c", "2025-01-01", 2),
  point("d", "2025-01-01", 0),
  point("e", "2025-01-01", null),
  point("f", "2025-01-02", 2),
  point("g", "2025-01-02", 2),
  point("h", "2025-01-03", 1),
];

describe("thinPoints", () => {
  it("keeps every point when there are few", () => {
    const thinned = thinPoints(busyDays, 8);
    expect(thinned.map((marker) => [marker.statement.id, marker.count])).toEqual(
      busyDays.map((original) => [original.statement.id, 1]),
    );
  });

  it("merges same-day, same-stance points but keeps every stance of the day", () => {
    const thinned = thinPoints(busyDays, 7);
    // Day 1: stance 0 (a, b, d), stance 2 (c), no stance (e); day 2: stance 2 (f, g); day 3: h.
    expect(
      thinned.map((marker) => [marker.statement.id, marker.stanceIndex, marker.count]),
    ).toEqual([
      ["a", 0, 3],
      ["c", 2, 1],
      ["e", null, 1],
      ["f", 2, 2],
      ["h", 1, 1],
    ]);
  });

  it("never loses a stance change, even on thousands of points", () => {
    const many: StancePoint[] = [];
    for (let i = 0; i < 5000; i++) {
      const date = `2025-01-${String((i % 28) + 1).padStart(2, "0")}`;
      many.push(point(`p${i}`, date, Math.floor(i / 1000)));
    }
    many.sort((first, second) => first.date.localeCompare(second.date));
    const thinned = thinPoints(many, 100);
    const stancesByDay = (points: readonly StancePoint[]) =>
      new Set(points.map((each) => `${each.date}:${each.stanceIndex}`));
    expect(stancesByDay(thinned)).toEqual(stancesByDay(many));
    expect(thinned.length).toBe(28 * 5);
    expect(thinned.reduce((sum, marker) => sum + marker.count, 0)).toBe(5000);
  });

  it("merges across a wider bucket when asked, still keeping each stance", () => {
    // 1970-01-01 is day 0, so 7-day buckets start on 1, 8, 15 … January 1970.
    const week: StancePoint[] = [
      point("a", "1970-01-01", 0),
      point("b", "1970-01-03", 1),
      point("c", "1970-01-07", 0),
      point("d", "1970-01-08", 0),
    ];
    const thinned = thinPoints(week, 0, 7);
    expect(thinned.map((marker) => [marker.statement.id, marker.count])).toEqual([
      ["a", 2],
      ["b", 1],
      ["d", 1],
    ]);
  });

  it("widens the bucket so years of daily points come down to about maxPoints per stance", () => {
    const start = Date.UTC(2015, 0, 1);
    const daily: StancePoint[] = Array.from({ length: 3000 }, (_, i) =>
      point(`p${i}`, new Date(start + i * 86_400_000).toISOString().slice(0, 10), i % 3),
    );
    const thinned = thinPoints(daily, 100);
    // 3000 days in buckets of 30: 100 buckets (101 when they straddle), three stances each.
    expect(thinned.length).toBeLessThanOrEqual(3 * 101);
    expect(thinned.length).toBeGreaterThanOrEqual(3 * 100);
    expect(new Set(thinned.map((marker) => marker.stanceIndex))).toEqual(new Set([0, 1, 2]));
    expect(thinned.reduce((sum, marker) => sum + marker.count, 0)).toBe(3000);
  });
});
