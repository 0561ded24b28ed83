import { describe, expect, it } from "vitest";
import { handMadeDataset, range, said } from "./__fixtures__/handMade";
import { dealSpaceAsOf } from "./dealSpace";

const dataset = handMadeDataset(
  [
    said("2025-01-01", "p", 1, { acceptable: range(1, 3) }),
    // q signals no range: its stance alone is its stretch, and it lies in p's range.
    said("2025-01-05", "q", 2),
    // On the second issue p and q sit at opposite ends.
    said("2025-01-01", "p", 0, { issueId: "i2" }),
    said("2025-01-01", "q", 4, { issueId: "i2", acceptable: range(3, 4), firmness: "red-line" }),
    // Later, p states a stance outside its range on the first issue: the range no longer holds.
    said("2025-06-01", "p", 0),
  ],
  2,
);

describe("dealSpaceAsOf", () => {
  const space = dealSpaceAsOf(dataset, ["i", "i2"], ["p", "q", "r"], "2025-02-01");

  it("finds the zone where p's range meets q's stance, and lists r as without a position", () => {
    const [first] = space.issues;
    expect(first?.outcome).toEqual({ kind: "zone", from: 2, to: 2, partyIds: ["p", "q"] });
    expect(first?.withoutPosition).toEqual(["r"]);
  });

  it("finds the gap between p's stance and q's red-line range", () => {
    const second = space.issues[1];
    expect(second?.outcome).toEqual({ kind: "gap", steps: 3, lowPartyId: "p", highPartyId: "q" });
    expect(second?.positions[1]?.firmness).toBe("red-line");
  });

  it("counts room among only some parties apart from room among all of them", () => {
    // Issue i: p and q meet, r has no position: partial. Issue i2: a gap.
    expect(space.roomCount).toBe(0);
    expect(space.partialRoomCount).toBe(1);
    // Without r in view, p and q are everyone: room for a deal.
    const twoParties = dealSpaceAsOf(dataset, ["i", "i2"], ["p", "q"], "2025-02-01");
    expect(twoParties.roomCount).toBe(1);
    expect(twoParties.partialRoomCount).toBe(0);
  });

  it("loses the zone once a later stance leaves the range", () => {
    const later = dealSpaceAsOf(dataset, ["i"], ["p", "q"], "2025-06-01");
    expect(later.issues[0]?.outcome).toEqual({
      kind: "gap",
      steps: 2,
      lowPartyId: "p",
      highPartyId: "q",
    });
    expect(later.roomCount).toBe(0);
  });

  it("keeps only the issues asked for", () => {
    expect(
      dealSpaceAsOf(dataset, ["i2"], ["p"], "2025-02-01").issues.map((each) => each.issue.id),
    ).toEqual(["i2"]);
  });
});
