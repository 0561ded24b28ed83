import { describe, expect, it } from "vitest";
import { contextOf, makeSource, makeStatement } from "./__fixtures__/reviewFixture";
import { quotePlaces } from "./quotePlaces";

// "The ferries wait." stands at 8–25.
const ARTICLE = "He said The ferries wait. Then he left.";
const at = {
  date: "2025-05-02",
  partyId: "north",
  issueId: "border",
  stanceId: "a",
  sourceId: "wire",
};

describe("quotePlaces", () => {
  it("flags a quote the text lacks and a quote without its place", () => {
    const flags = quotePlaces(
      contextOf({
        sources: [makeSource("wire", ARTICLE)],
        statements: [
          makeStatement({ ...at, id: "s1", quote: "The ferries sail." }),
          makeStatement({ ...at, id: "s2", quote: "The ferries wait." }),
        ],
      }),
    );
    expect(flags).toEqual([
      {
        rule: "quote-not-in-text",
        statementIds: ["s1"],
        message: "s1's quote is not in the text of wire: copy it character for character.",
        evidence: "The ferries sail.",
      },
      {
        rule: "quote-without-place",
        statementIds: ["s2"],
        message:
          "s2's quote stands in the text of wire at 8–25, but has no quoteStart and quoteEnd.",
        evidence: "The ferries wait.",
      },
    ]);
  });

  it("leaves a placed quote, and quotes whose source has no text", () => {
    const flags = quotePlaces(
      contextOf({
        sources: [makeSource("wire", ARTICLE), makeSource("paper")],
        statements: [
          makeStatement({
            ...at,
            id: "s1",
            quote: "The ferries wait.",
            quoteStart: 8,
            quoteEnd: 25,
          }),
          makeStatement({ ...at, id: "s2", quote: "Not in any text", sourceId: "paper" }),
        ],
      }),
    );
    expect(flags).toEqual([]);
  });
});
