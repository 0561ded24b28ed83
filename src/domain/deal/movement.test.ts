import { describe, expect, it } from "vitest";
import { handMadeDataset, said } from "./__fixtures__/handMade";
import { movementBetween, rankByMovement, rankValues, stepsToward } from "./movement";

const dataset = handMadeDataset([
  said("2025-01-01", "p", 0),
  said("2025-01-01", "q", 4),
  said("2025-01-01", "r", 2),
  // A standing position carries its article's date: not a move by r.
  said("2025-02-01", "r", 4, { dateBasis: "standing" }),
  said("2025-03-01", "p", 2),
  said("2025-03-01", "q", 3),
]);

describe("movementBetween", () => {
  const [moves] = movementBetween(dataset, ["i"], ["p", "q", "r"], "2025-02-15", "2025-03-15");

  it("counts signed steps from stated statements only", () => {
    expect(
      moves?.moves.map((move) => [move.partyId, move.fromIndex, move.toIndex, move.steps]),
    ).toEqual([
      ["p", 0, 2, 2],
      ["q", 4, 3, -1],
      ["r", 2, 2, 0],
    ]);
  });

  it("measures steps toward the other parties' mean at the earlier date", () => {
    // p: others (4 + 2) / 2 = 3, |0 − 3| − |2 − 3| = 2. q: others (0 + 2) / 2 = 1, 3 − 2 = 1.
    // r: others (0 + 4) / 2 = 2, 0 − 0 = 0.
    expect(moves?.moves.map((move) => [move.othersMean, move.towardOthers])).toEqual([
      [3, 2],
      [1, 1],
      [2, 0],
    ]);
  });

  it("has no move for a party without a stated stance at the earlier date", () => {
    const [early] = movementBetween(dataset, ["i"], ["p"], "2024-12-01", "2025-03-15");
    expect(early?.moves[0]).toMatchObject({
      fromIndex: null,
      toIndex: 2,
      steps: null,
      towardOthers: null,
    });
  });

  it("ranks by steps toward the others", () => {
    expect(rankByMovement(["p", "q", "r"], moves ? [moves] : [])).toEqual([
      { partyId: "p", total: 2, rank: 1 },
      { partyId: "q", total: 1, rank: 2 },
      { partyId: "r", total: 0, rank: 3 },
    ]);
  });
});

describe("stepsToward", () => {
  it("counts only what was gained when a move overshoots", () => {
    expect(stepsToward(0, 4, 1)).toBe(-2);
    expect(stepsToward(0, 2, 1.5)).toBe(1);
  });
});

describe("rankValues", () => {
  it("shares a rank between equal totals and puts unknown ones last", () => {
    expect(
      rankValues([
        { partyId: "x", total: null },
        { partyId: "p", total: 2 },
        { partyId: "r", total: -1 },
        { partyId: "q", total: 2 },
      ]),
    ).toEqual([
      { partyId: "p", total: 2, rank: 1 },
      { partyId: "q", total: 2, rank: 1 },
      { partyId: "r", total: -1, rank: 3 },
      { partyId: "x", total: null, rank: null },
    ]);
  });
});
