import { describe, expect, it } from "vitest";
import { makeDataset, makeIssue, makeParty, makeStatement } from "./__fixtures__/makeDataset";
import { sourceStatements, statementsBySource } from "./statementsBySource";

const base = { partyId: "p", issueId: "i", stanceId: "a" };
const dataset = makeDataset("sources", {
  parties: [makeParty("p")],
  issues: [makeIssue("i", ["a", "b"])],
  statements: [
    makeStatement({ ...base, id: "late", date: "2024-05-01", sourceId: "wire" }),
    makeStatement({ ...base, id: "other", date: "2024-03-01", sourceId: "paper" }),
    makeStatement({ ...base, id: "early", date: "2024-01-01", sourceId: "wire" }),
  ],
});

describe("statementsBySource", () => {
  it("groups statements by source, each group in date order", () => {
    const bySource = statementsBySource(dataset);
    expect(bySource.get("wire")?.map((s) => s.id)).toEqual(["early", "late"]);
    expect(bySource.get("paper")?.map((s) => s.id)).toEqual(["other"]);
  });

  it("gives an empty list for a source with no statements", () => {
    expect(sourceStatements(dataset, "source-1")).toEqual([]);
  });
});
