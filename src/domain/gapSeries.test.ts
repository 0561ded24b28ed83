import { describe, expect, it } from "vitest";
import { nullStancesAndTies } from "./__fixtures__/nullStancesAndTies";
import { twoPartiesOneChange } from "./__fixtures__/twoPartiesOneChange";
import { gapBetween, gapSeries } from "./gapSeries";
import { type PositionCell, positionsAsOf } from "./positionsAsOf";

function cell(stanceIndex: number | null, scaleSize: number, issueId = "issue"): PositionCell {
  return {
    issueId,
    partyId: "party",
    stance: null,
    stanceIndex,
    scaleSize,
    statements: [],
    latest: null,
    stanceStatement: null,
    isAccount: false,
    differingAccounts: [],
    held: null,
  };
}

describe("gapBetween", () => {
  it.each<[number | null, number | null, number, number | null]>([
    // index A, index B, stances on the scale, gap
    [0, 3, 5, 0.75],
    [3, 0, 5, 0.75],
    [0, 4, 5, 1],
    [1, 2, 5, 0.25],
    [2, 2, 5, 0],
    [0, 2, 3, 1],
    [1, 0, 3, 0.5],
    [0, 1, 2, 1],
    [null, 2, 3, null],
    [1, null, 3, null],
  ])("between %s and %s on a %i-stance scale is %s", (indexA, indexB, scaleSize, gap) => {
    expect(gapBetween(cell(indexA, scaleSize), cell(indexB, scaleSize))).toBe(gap);
  });

  it("is null for cells of different issues", () => {
    expect(gapBetween(cell(0, 3, "crimea"), cell(0, 3, "nato"))).toBeNull();
  });

  it("reads cells of a positionsAsOf matrix", () => {
    const [ukraine, russia] = positionsAsOf(twoPartiesOneChange, "2022-02-01").rows[0]?.cells ?? [];
    if (!ukraine || !russia) throw new Error("fixture has two parties");
    expect(gapBetween(ukraine, russia)).toBe(0.75);
  });
});

describe("gapSeries", () => {
  it("starts on the first date both hold a stance, on a five-stance scale", () => {
    // 2022-01-10: only Russia (index 3) has a stance, so no point.
    expect(gapSeries(twoPartiesOneChange, "nato", "ua", "ru")).toEqual([
      { date: "2022-02-01", gap: 0.75, stanceIndexA: 0, stanceIndexB: 3 },
      { date: "2022-03-15", gap: 0, stanceIndexA: 3, stanceIndexB: 3 },
    ]);
  });

  it("swaps the indexes, not the gap, when the parties are swapped", () => {
    expect(gapSeries(twoPartiesOneChange, "nato", "ru", "ua")).toEqual([
      { date: "2022-02-01", gap: 0.75, stanceIndexA: 3, stanceIndexB: 0 },
      { date: "2022-03-15", gap: 0, stanceIndexA: 3, stanceIndexB: 3 },
    ]);
  });

  it("has a point on every date either spoke, on a three-stance scale", () => {
    // Ukraine: 0 from 02-10, 1 from 03-29. Russia: 1 from 03-01 (same-day tie), stays 1.
    expect(gapSeries(nullStancesAndTies, "crimea", "ua", "ru")).toEqual([
      { date: "2022-03-01", gap: 0.5, stanceIndexA: 0, stanceIndexB: 1 },
      { date: "2022-03-29", gap: 0, stanceIndexA: 1, stanceIndexB: 1 },
      { date: "2022-04-05", gap: 0, stanceIndexA: 1, stanceIndexB: 1 },
      { date: "2022-05-01", gap: 0, stanceIndexA: 1, stanceIndexB: 1 },
      { date: "2022-06-01", gap: 0, stanceIndexA: 1, stanceIndexB: 1 },
    ]);
  });

  it.each([
    ["a party that never spoke", "crimea", "ua", "us"],
    ["an issue nobody spoke on", "ceasefire", "ua", "ru"],
    ["an unknown issue", "no-such-issue", "ua", "ru"],
  ])("is empty for %s", (_, issueId, partyA, partyB) => {
    expect(gapSeries(nullStancesAndTies, issueId, partyA, partyB)).toEqual([]);
  });
});
