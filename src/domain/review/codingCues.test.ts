import { describe, expect, it } from "vitest";
import { contextOf, makeStatement } from "./__fixtures__/reviewFixture";
import { conditionCue, firmnessCue, rangeCue } from "./codingCues";

const at = { date: "2025-05-02", partyId: "north", issueId: "border", stanceId: "a" };

describe("firmnessCue", () => {
  it("flags firmness words on a statement not coded as a red line", () => {
    const flags = firmnessCue(
      contextOf({
        statements: [
          makeStatement({
            ...at,
            id: "s1",
            firmness: "demand",
            quote: "The island is a red line for us",
          }),
        ],
      }),
    );
    expect(flags).toEqual([
      {
        rule: "firmness-cue",
        statementIds: ["s1"],
        message: "The quote of s1 says “red line”, but its firmness is “demand”: is it a red line?",
        evidence: "red line",
      },
    ]);
  });

  it("leaves a red line, and words without a firmness cue", () => {
    const flags = firmnessCue(
      contextOf({
        statements: [
          makeStatement({
            ...at,
            id: "s1",
            firmness: "red-line",
            quote: "We will not accept a new line",
          }),
          makeStatement({ ...at, id: "s2", quote: "We would like the ferries back" }),
        ],
      }),
    );
    expect(flags).toEqual([]);
  });
});

describe("conditionCue", () => {
  it("flags condition words with no conditions", () => {
    const flags = conditionCue(
      contextOf({
        statements: [
          makeStatement({
            ...at,
            id: "s1",
            quote: "The ferries return only if the guns fall silent",
          }),
        ],
      }),
    );
    expect(flags).toEqual([
      {
        rule: "condition-cue",
        statementIds: ["s1"],
        message:
          "The quote of s1 says “only if”, but it has no conditions: write the condition the words set.",
        evidence: "only if",
      },
    ]);
  });

  it("leaves conditions written, and “once again” or “never once”", () => {
    const flags = conditionCue(
      contextOf({
        statements: [
          makeStatement({
            ...at,
            id: "s1",
            quote: "Once the guns fall silent, the ferries return",
            conditions: "A ceasefire first.",
          }),
          makeStatement({ ...at, id: "s2", quote: "We say once again: the ferries return" }),
          makeStatement({ ...at, id: "s3", summary: "North has never once asked for the island." }),
        ],
      }),
    );
    expect(flags).toEqual([]);
  });
});

describe("rangeCue", () => {
  it("flags flexibility words with no acceptable range", () => {
    const flags = rangeCue(
      contextOf({
        statements: [
          makeStatement({
            ...at,
            id: "s1",
            summary: "North said it could accept a shared island.",
          }),
        ],
      }),
    );
    expect(flags).toEqual([
      {
        rule: "range-cue",
        statementIds: ["s1"],
        message:
          "The summary of s1 says “could accept”, but it has no acceptable range: code the stretch the words signal.",
        evidence: "could accept",
      },
    ]);
  });

  it("leaves a statement with its range coded", () => {
    const flags = rangeCue(
      contextOf({
        statements: [
          makeStatement({
            ...at,
            id: "s1",
            summary: "North said it could accept a shared island.",
            acceptable: { from: "a", to: "b" },
          }),
        ],
      }),
    );
    expect(flags).toEqual([]);
  });
});
