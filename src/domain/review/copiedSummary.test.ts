import { describe, expect, it } from "vitest";
import { contextOf, makeSource, makeStatement } from "./__fixtures__/reviewFixture";
import { copiedSummary } from "./copiedSummary";

// 17 words of the article (from "the envoy" to "trade") run into the summary unchanged.
const ARTICLE =
  "In a long interview the envoy said that the northern ferries would run again once the river border reopens for trade. Nothing else was agreed.";

describe("copiedSummary", () => {
  it("flags a summary that copies twelve or more words of its article in a row", () => {
    const flags = copiedSummary(
      contextOf({
        sources: [makeSource("wire", ARTICLE)],
        statements: [
          makeStatement({
            id: "s1",
            date: "2025-05-02",
            partyId: "north",
            issueId: "border",
            stanceId: "b",
            sourceId: "wire",
            summary:
              "The envoy said that the northern ferries would run again once the river border reopens for trade.",
          }),
        ],
      }),
    );
    expect(flags).toEqual([
      {
        rule: "copied-summary",
        statementIds: ["s1"],
        message: "s1's summary copies 17 words of its article in a row: say it in your own words.",
        evidence:
          "the envoy said that the northern ferries would run again once the river border reopens for trade",
      },
    ]);
  });

  it("flags a copy of the quote, and leaves a summary sharing only eleven words in a row", () => {
    const flags = copiedSummary(
      contextOf({
        statements: [
          makeStatement({
            id: "s1",
            date: "2025-05-02",
            partyId: "north",
            issueId: "border",
            stanceId: "b",
            quote: "We will open every crossing on the river as soon as the talks end",
            summary: "North: we will open every crossing on the river as soon as the talks end.",
          }),
          makeStatement({
            id: "s2",
            date: "2025-05-02",
            partyId: "south",
            issueId: "border",
            stanceId: "b",
            quote: "We will open every crossing on the river as soon as the talks end",
            summary: "South would open every crossing on the river as soon as the talks ended.",
          }),
        ],
      }),
    );
    expect(flags.map((flag) => [flag.statementIds, flag.evidence])).toEqual([
      [["s1"], "we will open every crossing on the river as soon as the talks end"],
    ]);
  });
});
