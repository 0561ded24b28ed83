import { describe, expect, it } from "vitest";
import { makeDataset, makeIssue, makeParty } from "./__fixtures__/makeDataset";
import { twinNameWarnings } from "./twinNames";

describe("twinNameWarnings", () => {
  it("names parties, issues and stances that read the same", () => {
    const dataset = makeDataset("twins", {
      parties: [
        { ...makeParty("a"), name: "Café Union" },
        { ...makeParty("b"), name: "Cafe\u0301  Union" },
        { ...makeParty("c"), name: "Other" },
      ],
      issues: [
        { ...makeIssue("w", ["keep", "share"]), name: "Water" },
        { ...makeIssue("l", ["keep", "ke\u200bep"]), name: "Land" },
      ],
      statements: [],
    });
    expect(twinNameWarnings(dataset)).toEqual([
      'Parties whose names differ only in case, spacing or invisible characters, and show as one name twice: "Café Union" (parties[0]) and parties[1].',
      'Stances of one issue whose names differ only in case, spacing or invisible characters, and show as one name twice: "keep" (issues[1].stances[0]) and issues[1].stances[1].',
    ]);
  });

  it("says nothing when every name reads differently", () => {
    const dataset = makeDataset("plain", {
      parties: [makeParty("a"), makeParty("b")],
      issues: [makeIssue("w", ["keep", "share"])],
      statements: [],
    });
    expect(twinNameWarnings(dataset)).toEqual([]);
  });
});
