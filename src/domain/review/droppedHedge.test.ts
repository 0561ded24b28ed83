import { describe, expect, it } from "vitest";
import { contextOf, makeSource, makeStatement } from "./__fixtures__/reviewFixture";
import { droppedHedge } from "./droppedHedge";

const ARTICLE = "North's envoy reportedly told aides: “The bridge stays closed.” The talks go on.";

describe("droppedHedge", () => {
  it("flags a summary that drops the article's “reportedly”", () => {
    const flags = droppedHedge(
      contextOf({
        sources: [makeSource("wire", ARTICLE)],
        statements: [
          makeStatement({
            id: "s1",
            date: "2025-05-02",
            partyId: "north",
            issueId: "border",
            stanceId: "a",
            sourceId: "wire",
            quote: "The bridge stays closed.",
            summary: "North's envoy said the bridge stays closed.",
          }),
        ],
      }),
    );
    expect(flags).toEqual([
      {
        rule: "dropped-hedge",
        statementIds: ["s1"],
        message:
          "The article near the quote of s1 says “reportedly”, but its summary states it without that distance.",
        evidence: "reportedly",
      },
    ]);
  });

  it("leaves a summary that keeps the distance", () => {
    const flags = droppedHedge(
      contextOf({
        sources: [makeSource("wire", ARTICLE)],
        statements: [
          makeStatement({
            id: "s1",
            date: "2025-05-02",
            partyId: "north",
            issueId: "border",
            stanceId: "a",
            sourceId: "wire",
            quote: "The bridge stays closed.",
            summary: "North's envoy reportedly told aides the bridge stays closed.",
          }),
        ],
      }),
    );
    expect(flags).toEqual([]);
  });
});
