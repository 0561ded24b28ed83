import { describe, expect, it } from "vitest";
import { makeDataset, makeIssue, makeParty, makeStatement } from "./__fixtures__/makeDataset";
import { provenanceExample } from "./provenanceExample";

const byOther = { name: "South's minister", role: "Minister" };
const issue = makeIssue("land", ["keep", "cede"]);

describe("provenanceExample", () => {
  it("finds the cell where an account differs from the party's own words", () => {
    const dataset = makeDataset("example", {
      parties: [makeParty("north"), makeParty("south")],
      issues: [issue],
      statements: [
        // South: only an account stands in. North: own words, then a differing account.
        makeStatement({
          id: "a0",
          date: "2024-01-01",
          partyId: "south",
          issueId: "land",
          stanceId: "keep",
          reportedBy: byOther,
        }),
        makeStatement({
          id: "o1",
          date: "2024-01-01",
          partyId: "north",
          issueId: "land",
          stanceId: "keep",
        }),
        makeStatement({
          id: "a1",
          date: "2024-02-01",
          partyId: "north",
          issueId: "land",
          stanceId: "cede",
          reportedBy: byOther,
        }),
      ],
    });
    const example = provenanceExample(dataset);
    expect([example?.kind, example?.party.id, example?.cell.stanceStatement?.id]).toEqual([
      "account-differs",
      "north",
      "o1",
    ]);
  });

  it("falls back to a cell an account stands in for, and to null", () => {
    const only = makeDataset("only", {
      parties: [makeParty("north")],
      issues: [issue],
      statements: [
        makeStatement({
          id: "a0",
          date: "2024-01-01",
          partyId: "north",
          issueId: "land",
          stanceId: "cede",
          reportedBy: byOther,
        }),
      ],
    });
    expect(provenanceExample(only)?.kind).toBe("account-stands-in");
    const none = makeDataset("none", {
      parties: [makeParty("north")],
      issues: [issue],
      statements: [],
    });
    expect(provenanceExample(none)).toBeNull();
  });
});
