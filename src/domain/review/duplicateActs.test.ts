import { describe, expect, it } from "vitest";
import { contextOf, makeSource, makeStatement } from "./__fixtures__/reviewFixture";
import { duplicateActs } from "./duplicateActs";

const sources = [makeSource("wire"), makeSource("paper")];
const speaker = { name: "Ann Teller", role: "Envoy" };

describe("duplicateActs", () => {
  it("pairs one speaker's statements from two sources, days apart, in the same words", () => {
    const flags = duplicateActs(
      contextOf({
        sources,
        statements: [
          makeStatement({
            id: "s1",
            date: "2025-05-01",
            datePrecision: "month",
            partyId: "north",
            issueId: "border",
            stanceId: "b",
            speaker,
            sourceId: "wire",
            summary: "Teller said the river border should be frozen where it stands.",
          }),
          makeStatement({
            id: "s2",
            date: "2025-05-12",
            partyId: "north",
            issueId: "border",
            stanceId: "b",
            speaker,
            sourceId: "paper",
            summary: "Teller told the paper the river border should stay frozen.",
          }),
        ],
      }),
    );
    expect(flags).toEqual([
      {
        rule: "duplicate-act",
        statementIds: ["s1", "s2"],
        message:
          's1 and s2 (Ann Teller, from two sources, close dates) may be one act coded twice: keep s2 with alsoIn ["wire"] and remove s1.',
        // "border" names the issue, so it is no evidence; teller, river, frozen are 3 of s1's
        // 5 other words (teller, river, frozen, where, stands).
        evidence: "teller, river, frozen",
      },
    ]);
  });

  it("pairs two speakers of the party only when half the words are shared", () => {
    const base = { date: "2025-05-02", partyId: "north", issueId: "border", stanceId: "b" };
    const flags = duplicateActs(
      contextOf({
        sources,
        statements: [
          // Shared: ferry, crews, swap, 3 of s2's 4 words (backs, ferry, crews, swap; "North" names
          // the party and is not counted).
          makeStatement({
            ...base,
            id: "s1",
            speaker,
            sourceId: "wire",
            summary: "Ferry crews to swap at the island pier.",
          }),
          makeStatement({
            ...base,
            id: "s2",
            speaker: { name: "North Shore", role: "" },
            sourceId: "paper",
            summary: "North backs a ferry crews swap.",
          }),
          // Shared with s4: ferry, crews, 2 of s3's 5 words (ferry, crews, rest, every, month) and of
          // s4's 5 (backs, ferry, crews, swap, noon).
          makeStatement({
            ...base,
            id: "s3",
            speaker,
            sourceId: "wire",
            partyId: "south",
            summary: "Ferry crews should rest every month.",
          }),
          makeStatement({
            ...base,
            id: "s4",
            speaker: { name: "South Shore", role: "" },
            sourceId: "paper",
            partyId: "south",
            summary: "South backs a ferry crews swap at noon.",
          }),
        ],
      }),
    );
    expect(flags.map((flag) => [flag.statementIds, flag.message, flag.evidence])).toEqual([
      [
        ["s1", "s2"],
        's1 and s2 (Ann Teller and North Shore, from two sources, close dates) may be one act coded twice: keep s1 with alsoIn ["paper"] and remove s2.',
        "ferry, crews, swap",
      ],
    ]);
  });

  it("does not pair statements from one source, another speaker's other words, or weeks apart", () => {
    const base = {
      partyId: "north",
      issueId: "border",
      stanceId: "b",
      summary: "The river border should be frozen.",
    };
    const flags = duplicateActs(
      contextOf({
        sources,
        statements: [
          makeStatement({ ...base, id: "s1", date: "2025-05-01", speaker, sourceId: "wire" }),
          makeStatement({ ...base, id: "s2", date: "2025-05-02", speaker, sourceId: "wire" }),
          makeStatement({
            ...base,
            id: "s3",
            date: "2025-05-02",
            speaker: { name: "Bo Other", role: "" },
            sourceId: "paper",
            summary: "Bo Other wants a toll on the bridge.",
          }),
          makeStatement({ ...base, id: "s4", date: "2025-05-20", speaker, sourceId: "paper" }),
        ],
      }),
    );
    expect(flags).toEqual([]);
  });
});
