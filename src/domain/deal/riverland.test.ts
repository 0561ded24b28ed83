// The deal rules on the Riverland fixture (fictional), with every answer worked out by hand
// from e2e/fixtures/riverland.json.
import { describe, expect, it } from "vitest";
import raw from "../../../e2e/fixtures/riverland.json";
import { datasetSchema } from "../schema";
import { findContradictions } from "./contradictions";
import { dealSpaceAsOf } from "./dealSpace";
import { movementBetween, rankByMovement } from "./movement";

const riverland = datasetSchema.parse(raw);
const issues = ["allocation", "dam", "monitoring"];
const parties = ["upland", "midvale", "deltaport"];

describe("Riverland deal space", () => {
  it("has room on allocation (mixed formula) and monitoring (commission), not on the dam", () => {
    const space = dealSpaceAsOf(riverland, issues, parties, "2025-06-20");
    // Allocation: Upland's later "mixed" (r13) lies outside its range historic-plus..population
    // (r9), so its stretch is mixed alone; Midvale population..equal, Deltaport mixed..equal.
    expect(space.issues[0]?.outcome).toMatchObject({ kind: "zone", from: 3, to: 3 });
    // Dam: Upland build..joint (r10), Deltaport halt as a red line (r4); Midvale no stance.
    expect(space.issues[1]?.outcome).toEqual({
      kind: "gap",
      steps: 1,
      lowPartyId: "upland",
      highPartyId: "deltaport",
    });
    expect(space.issues[1]?.withoutPosition).toEqual(["midvale"]);
    // Monitoring: national..commission, shared-data..third-party, commission..third-party.
    expect(space.issues[2]?.outcome).toMatchObject({ kind: "zone", from: 2, to: 2 });
    expect(space.roomCount).toBe(2);
  });

  it("had no room on allocation before the minister's remark", () => {
    const space = dealSpaceAsOf(riverland, ["allocation"], parties, "2025-06-14");
    // Upland historic-plus..population (1..2) ends a step before Deltaport's mixed..equal.
    expect(space.issues[0]?.outcome).toEqual({
      kind: "gap",
      steps: 1,
      lowPartyId: "upland",
      highPartyId: "deltaport",
    });
  });

  it("flags Upland's two negotiators on allocation", () => {
    const alerts = findContradictions(riverland, issues, parties, "2025-06-20");
    expect(
      alerts.map((alert) => [alert.earlier.id, alert.later.id, alert.steps, alert.days]),
    ).toEqual([["r9", "r13", 2, 8]]);
  });

  it("ranks Upland as the party that moved most toward the others since 1 April", () => {
    const moves = movementBetween(riverland, issues, parties, "2025-04-01", "2025-06-20");
    // Allocation: Upland 0 → 3 toward Deltaport's 5 (3 steps), Deltaport 5 → 4 toward 0 (1).
    // Dam: Upland 0 → 1 toward 2 (1), Deltaport stays (0). Monitoring: no one comparable.
    expect(rankByMovement(parties, moves)).toEqual([
      { partyId: "upland", total: 4, rank: 1 },
      { partyId: "deltaport", total: 1, rank: 2 },
      { partyId: "midvale", total: null, rank: null },
    ]);
  });
});
