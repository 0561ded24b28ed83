import { describe, expect, it } from "vitest";
import { zoneOfAgreement } from "./zone";

describe("zoneOfAgreement", () => {
  it("names the stances every stretch covers", () => {
    expect(
      zoneOfAgreement([
        { partyId: "p", stretch: { from: 1, to: 3 } },
        { partyId: "q", stretch: { from: 2, to: 4 } },
        { partyId: "r", stretch: { from: 0, to: 3 } },
      ]),
    ).toEqual({ kind: "zone", from: 2, to: 3, partyIds: ["p", "q", "r"] });
  });

  it("meets at one stance when a party without a range stands inside the others' ranges", () => {
    expect(
      zoneOfAgreement([
        { partyId: "p", stretch: { from: 1, to: 3 } },
        { partyId: "q", stretch: { from: 2, to: 2 } },
      ]),
    ).toMatchObject({ kind: "zone", from: 2, to: 2 });
  });

  it("counts the steps between two stretches that do not meet", () => {
    expect(
      zoneOfAgreement([
        { partyId: "p", stretch: { from: 0, to: 1 } },
        { partyId: "q", stretch: { from: 3, to: 4 } },
      ]),
    ).toEqual({ kind: "gap", steps: 2, lowPartyId: "p", highPartyId: "q" });
  });

  it("names the pair that keeps three parties apart, even where two of them overlap", () => {
    // q and r share stance 3, p ends at 1: p and r (starting at 3, the highest start) are 2 apart.
    expect(
      zoneOfAgreement([
        { partyId: "p", stretch: { from: 0, to: 1 } },
        { partyId: "q", stretch: { from: 2, to: 4 } },
        { partyId: "r", stretch: { from: 3, to: 3 } },
      ]),
    ).toEqual({ kind: "gap", steps: 2, lowPartyId: "p", highPartyId: "r" });
  });

  it("counts one step between neighbouring stances", () => {
    expect(
      zoneOfAgreement([
        { partyId: "p", stretch: { from: 2, to: 2 } },
        { partyId: "q", stretch: { from: 3, to: 3 } },
      ]),
    ).toMatchObject({ kind: "gap", steps: 1 });
  });

  it("needs two parties with a position", () => {
    expect(zoneOfAgreement([{ partyId: "p", stretch: { from: 2, to: 2 } }])).toEqual({
      kind: "too-few",
      partyIds: ["p"],
    });
    expect(zoneOfAgreement([])).toEqual({ kind: "too-few", partyIds: [] });
  });
});
