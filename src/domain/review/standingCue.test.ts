import { describe, expect, it } from "vitest";
import { contextOf, makeSource, makeStatement } from "./__fixtures__/reviewFixture";
import { standingCue } from "./standingCue";

describe("standingCue", () => {
  it("flags a statement coded as stated whose article, near the quote, says it has long held it", () => {
    const text =
      "North has long called for a frozen border. “We want the line to hold,” its envoy said.";
    const flags = standingCue(
      contextOf({
        sources: [makeSource("wire", text)],
        statements: [
          makeStatement({
            id: "s1",
            date: "2025-05-02",
            partyId: "north",
            issueId: "border",
            stanceId: "b",
            sourceId: "wire",
            quote: "We want the line to hold",
            summary: "North's envoy wants the line held.",
          }),
        ],
      }),
    );
    expect(flags).toEqual([
      {
        rule: "standing-cue",
        statementIds: ["s1"],
        message:
          's1 is coded as stated on 2025-05-02, but the article near the quote says “has long”: if it reports a standing position, set dateBasis to "standing".',
        evidence: "has long",
      },
    ]);
  });

  it("leaves a standing statement, and one without a cue, alone", () => {
    const flags = standingCue(
      contextOf({
        statements: [
          makeStatement({
            id: "s1",
            date: "2025-05-02",
            partyId: "north",
            issueId: "border",
            stanceId: "b",
            dateBasis: "standing",
            summary: "North insists the line holds.",
          }),
          makeStatement({
            id: "s2",
            date: "2025-05-02",
            partyId: "south",
            issueId: "border",
            stanceId: "c",
            summary: "South said on Friday the line must move.",
          }),
        ],
      }),
    );
    expect(flags).toEqual([]);
  });
});
