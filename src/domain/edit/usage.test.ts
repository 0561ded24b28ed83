import { describe, expect, it } from "vitest";
import { makeDataset, makeIssue, makeParty, makeStatement } from "../__fixtures__/makeDataset";
import type { Dataset } from "../schema";
import { removeStance } from "./stanceEdits";
import { issueUsage, partyUsage, sourceUsage, stanceUsage, usageRefusal } from "./usage";

// Water: keep – share – give – sell. s1 takes "keep"; s2 takes "give" and could accept
// share…give; s3, on dam, links a condition to water's "sell"; s4 takes no stance, reported
// also in source-2. Event e1 names north and cites source-2.
function fixture(): Dataset {
  const base = makeDataset("usage", {
    parties: [makeParty("north"), makeParty("south"), makeParty("east")],
    issues: [
      makeIssue("water", ["keep", "share", "give", "sell"]),
      makeIssue("dam", ["yes", "no"]),
    ],
    statements: [
      makeStatement({
        id: "s1",
        date: "2025-01-01",
        partyId: "north",
        issueId: "water",
        stanceId: "keep",
      }),
      makeStatement({
        id: "s2",
        date: "2025-01-02",
        partyId: "south",
        issueId: "water",
        stanceId: "give",
        acceptable: { from: "share", to: "give" },
      }),
      makeStatement({
        id: "s3",
        date: "2025-01-03",
        partyId: "south",
        issueId: "dam",
        stanceId: "no",
        conditionLinks: [{ issueId: "water", stanceId: "sell" }],
      }),
      makeStatement({
        id: "s4",
        date: "2025-01-04",
        partyId: "north",
        issueId: "dam",
        stanceId: null,
        alsoIn: ["source-2"],
      }),
    ],
  });
  const source2 = { ...(base.sources[0] as Dataset["sources"][number]), id: "source-2" };
  return {
    ...base,
    sources: [...base.sources, source2],
    events: [
      {
        id: "e1",
        date: "2025-01-05",
        datePrecision: "day",
        title: "Talks",
        description: "",
        partyIds: ["north"],
        sourceId: "source-2",
      },
    ],
  };
}

describe("usage", () => {
  it("finds the statements and events naming a party", () => {
    expect(partyUsage(fixture(), "north")).toEqual({
      statementIds: ["s1", "s4"],
      eventIds: ["e1"],
    });
    expect(partyUsage(fixture(), "east")).toEqual({ statementIds: [], eventIds: [] });
  });

  it("finds an issue's statements and the conditions linked to it", () => {
    expect(issueUsage(fixture(), "water").statementIds).toEqual(["s1", "s2", "s3"]);
    expect(issueUsage(fixture(), "dam").statementIds).toEqual(["s3", "s4"]);
  });

  it("finds a stance taken, ending a stretch, or linked as a condition", () => {
    expect(stanceUsage(fixture(), "water", "keep").statementIds).toEqual(["s1"]);
    expect(stanceUsage(fixture(), "water", "share").statementIds).toEqual(["s2"]);
    expect(stanceUsage(fixture(), "water", "give").statementIds).toEqual(["s2"]);
    expect(stanceUsage(fixture(), "water", "sell").statementIds).toEqual(["s3"]);
    expect(stanceUsage(fixture(), "dam", "yes").statementIds).toEqual([]);
  });

  it("finds a source cited, listed as also reporting, or an event's", () => {
    expect(sourceUsage(fixture(), "source-2")).toEqual({ statementIds: ["s4"], eventIds: ["e1"] });
    expect(sourceUsage(fixture(), "source-1").statementIds).toEqual(["s1", "s2", "s3", "s4"]);
  });

  it("says why an item in use cannot be removed", () => {
    expect(usageRefusal("party", "Party north", partyUsage(fixture(), "north"))).toBe(
      "The party “Party north” cannot be removed: 2 statements (s1, s4) and 1 event (e1) use it. Recode or delete them first.",
    );
    expect(usageRefusal("stance", "keep", stanceUsage(fixture(), "water", "keep"))).toBe(
      "The stance “keep” cannot be removed: 1 statement (s1) uses it. Recode or delete it first.",
    );
    expect(usageRefusal("party", "Party east", partyUsage(fixture(), "east"))).toBeNull();
    const many = { statementIds: ["a", "b", "c", "d", "e", "f", "g"], eventIds: [] };
    expect(usageRefusal("issue", "Water", many)).toBe(
      "The issue “Water” cannot be removed: 7 statements (a, b, c, d, e and 2 more) use it. Recode or delete them first.",
    );
  });
});

describe("removeStance", () => {
  const water = () => fixture().issues[0] as Dataset["issues"][number];
  const dam = () => fixture().issues[1] as Dataset["issues"][number];

  it("refuses a stance statements use, naming how many", () => {
    expect(removeStance(fixture(), water(), "share")).toEqual({
      ok: false,
      reason:
        "The stance “share” cannot be removed: 1 statement (s2) uses it. Recode or delete it first.",
    });
  });

  it("removes a stance nothing uses", () => {
    const unused = {
      ...water(),
      stances: [...water().stances, { id: "tax", label: "Tax it", description: "" }],
    };
    const removed = removeStance(fixture(), unused, "tax");
    expect(removed.ok && removed.stances.map((s) => s.id)).toEqual([
      "keep",
      "share",
      "give",
      "sell",
    ]);
  });

  it("keeps the two ends of a scale", () => {
    expect(removeStance(fixture(), dam(), "yes")).toEqual({
      ok: false,
      reason:
        "The stance “yes” cannot be removed: an issue needs at least 2 stances, the two ends of its scale.",
    });
  });
});
