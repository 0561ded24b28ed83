import { describe, expect, it } from "vitest";
import { packageFit, termFit } from "./packageFit";
import type { PartyPosition } from "./stretch";

function position(
  stanceIndex: number | null,
  from: number,
  to: number,
  firmness: PartyPosition["firmness"] = null,
): PartyPosition {
  return {
    partyId: "p",
    issueId: "i",
    stanceIndex,
    stretch: { from, to },
    isRangeSignalled: from !== to,
    firmness,
    stanceStatement: null,
    rangeStatement: null,
    latest: null,
  };
}

describe("termFit", () => {
  it("is inside the stretch, a quarter of a five-stance scale away", () => {
    expect(termFit(position(1, 1, 2), "i", 2, 5)).toEqual({
      issueId: "i",
      term: 2,
      distance: 0.25,
      verdict: "inside",
    });
  });

  it("is outside the stretch of a position that is not a red line", () => {
    expect(termFit(position(1, 1, 2, "demand"), "i", 4, 5)).toMatchObject({
      distance: 0.75,
      verdict: "outside",
    });
  });

  it("crosses a red line outside the stretch of a red-line position", () => {
    expect(termFit(position(0, 0, 0, "red-line"), "i", 1, 5).verdict).toBe("red-line");
    // On the red line itself, nothing is crossed.
    expect(termFit(position(0, 0, 0, "red-line"), "i", 0, 5).verdict).toBe("inside");
  });

  it("has no verdict without a position", () => {
    expect(termFit(undefined, "i", 1, 5)).toMatchObject({ distance: null, verdict: "no-position" });
  });
});

describe("packageFit", () => {
  it("averages the distance over the terms the party has a position on", () => {
    const positions = new Map([
      ["a:p", position(0, 0, 1)],
      ["b:p", position(2, 2, 2)],
    ]);
    const [fit] = packageFit(
      new Map([
        ["a", 1],
        ["b", 0],
        ["c", 2],
      ]),
      ["p"],
      (issueId, partyId) => positions.get(`${issueId}:${partyId}`),
      new Map([
        ["a", 5],
        ["b", 3],
        ["c", 3],
      ]),
    );
    // a: |0 − 1| / 4 = 0.25 inside; b: |2 − 0| / 2 = 1 outside; c: no position.
    expect(fit?.terms.map((term) => [term.distance, term.verdict])).toEqual([
      [0.25, "inside"],
      [1, "outside"],
      [null, "no-position"],
    ]);
    expect(fit?.overall).toBe(0.625);
    expect(fit?.measuredTerms).toBe(2);
  });
});
