import { describe, expect, it } from "vitest";
import { parseDataset } from "../validate";
import { makeStatement, reviewFixture } from "./__fixtures__/reviewFixture";
import { reviewDataset, reviewStepwise } from "./reviewDataset";

// Two flags: s1's "red line" with demand firmness; stance d unused (a, b, c are stated).
function fixture() {
  return reviewFixture({
    statements: [
      makeStatement({
        id: "s1",
        date: "2025-01-01",
        partyId: "north",
        issueId: "border",
        stanceId: "a",
        firmness: "demand",
        quote: "This is our red line",
      }),
      makeStatement({
        id: "s2",
        date: "2025-01-01",
        partyId: "south",
        issueId: "border",
        stanceId: "b",
      }),
      makeStatement({
        id: "s3",
        date: "2025-01-02",
        partyId: "south",
        issueId: "border",
        stanceId: "c",
      }),
    ],
  });
}

describe("reviewDataset", () => {
  it("lists the flags rule by rule, unresolved when nothing is recorded", () => {
    const review = reviewDataset(fixture());
    expect(review.flags.map((flag) => [flag.rule, flag.resolved])).toEqual([
      ["firmness-cue", false],
      ["unused-stance", false],
    ]);
    expect(review.unresolved).toBe(2);
    expect(review.unmatched).toEqual([]);
  });

  it("marks a flag resolved, with its reason, where meta.reviewed records its rule and subject", () => {
    const dataset = fixture();
    dataset.meta.reviewed = [
      {
        rule: "unused-stance",
        issueId: "border",
        stanceIds: ["d"],
        reason: "The far pole; kept for the scale.",
      },
      { rule: "firmness-cue", statementIds: ["s2"], reason: "Recorded for another statement." },
    ];
    const review = reviewDataset(dataset);
    expect(review.flags.map((flag) => [flag.rule, flag.resolved, flag.reason])).toEqual([
      ["firmness-cue", false, undefined],
      ["unused-stance", true, "The far pole; kept for the scale."],
    ]);
    expect(review.unresolved).toBe(1);
    // The second resolution names s2, which raises no firmness flag.
    expect(review.unmatched).toEqual([1]);
  });
});

describe("reviewStepwise", () => {
  it("takes one step per rule and ends with the same review", () => {
    const steps = reviewStepwise(fixture());
    let count = 0;
    let step = steps.next();
    while (!step.done) {
      count++;
      step = steps.next();
    }
    // 15 rule functions: quotePlaces raises two of the 16 rules.
    expect(count).toBe(15);
    expect(
      step.value.flags.map((flag) => [flag.rule, flag.statementIds ?? flag.stanceIds]),
    ).toEqual([
      ["firmness-cue", ["s1"]],
      ["unused-stance", ["d"]],
    ]);
    expect(step.value.unresolved).toBe(2);
  });
});

describe("meta.reviewed validation", () => {
  it("accepts resolutions whose ids resolve", () => {
    const dataset = fixture();
    dataset.meta.reviewed = [
      { rule: "firmness-cue", statementIds: ["s1"], reason: "Said of a tactic, not the issue." },
    ];
    expect(parseDataset(dataset).ok).toBe(true);
  });

  it("names a field of a resolution the contract does not know", () => {
    const dataset = fixture();
    Object.assign(dataset.meta, {
      reviewed: [
        { rule: "firmness-cue", statementIds: ["s1"], reason: "Checked.", by: "A. Coder" },
      ],
    });
    const result = parseDataset(dataset);
    expect(result.ok && result.warnings).toEqual([
      "1 field was not recognised and were left out: meta.reviewed[].by.",
    ]);
  });

  it("refuses unknown ids and rules, blank reasons, two subjects and a flag resolved twice", () => {
    const dataset = fixture();
    Object.assign(dataset.meta, {
      reviewed: [
        { rule: "firmness-cue", statementIds: ["s9"], reason: "Checked." },
        { rule: "unused-stance", issueId: "border", stanceIds: ["z"], reason: "Checked." },
        { rule: "firmness-cue", statementIds: ["s1"], eventIds: ["e1"], reason: "Checked." },
        { rule: "range-cue", statementIds: ["s1"], reason: "Checked." },
        { rule: "range-cue", statementIds: ["s1"], reason: "Again." },
      ],
    });
    const refs = parseDataset(dataset);
    expect(refs.ok ? [] : refs.problems.map((problem) => problem.path)).toEqual([
      "meta.reviewed[0].statementIds[0]",
      "meta.reviewed[1].stanceIds[0]",
      "meta.reviewed[2]",
      "meta.reviewed[4]",
    ]);
    const shape = fixture();
    Object.assign(shape.meta, {
      reviewed: [
        { rule: "no-such-rule", statementIds: ["s1"], reason: "Checked." },
        { rule: "range-cue", statementIds: ["s1"], reason: "   " },
      ],
    });
    const shapes = parseDataset(shape);
    expect(shapes.ok ? [] : shapes.problems.map((problem) => problem.path)).toEqual([
      "meta.reviewed[0].rule",
      "meta.reviewed[1].reason",
    ]);
  });
});
