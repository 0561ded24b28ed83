import { describe, expect, it } from "vitest";
import { contextOf, makeEvent, makeSource, makeStatement } from "./__fixtures__/reviewFixture";
import { eventBorrowedWords, quotedPhrases } from "./eventBorrowedWords";

const sources = [
  makeSource("wire", "The ferry talks ended without a date."),
  makeSource("paper", "The ferry talks, held 'before the thaw', ended without a date."),
];

describe("eventBorrowedWords", () => {
  it("reads the phrases in quote marks, not apostrophes", () => {
    expect(quotedPhrases("North's 'ferry plan' and “the thaw”")).toEqual([
      "ferry plan",
      "the thaw",
    ]);
  });

  it("flags an event quoting words its source lacks and another source has", () => {
    const flags = eventBorrowedWords(
      contextOf({
        sources,
        statements: [
          makeStatement({
            id: "s1",
            date: "2025-02-01",
            partyId: "north",
            issueId: "border",
            stanceId: "a",
            sourceId: "wire",
          }),
        ],
        events: [
          makeEvent({
            id: "e-talks",
            date: "2025-02-01",
            sourceId: "wire",
            description: "Ferry talks 'before the thaw'.",
          }),
        ],
      }),
    );
    expect(flags).toEqual([
      {
        rule: "event-borrowed-words",
        eventIds: ["e-talks"],
        message:
          "e-talks cites wire but quotes “before the thaw”, which wire does not say and paper does: cite paper, or say in the description where it comes from.",
        evidence: "before the thaw",
      },
    ]);
  });

  it("leaves an event quoting its own source", () => {
    const flags = eventBorrowedWords(
      contextOf({
        sources,
        statements: [
          makeStatement({
            id: "s1",
            date: "2025-02-01",
            partyId: "north",
            issueId: "border",
            stanceId: "a",
            sourceId: "paper",
          }),
        ],
        events: [
          makeEvent({
            id: "e-talks",
            date: "2025-02-01",
            sourceId: "paper",
            description: "Ferry talks 'before the thaw'.",
          }),
        ],
      }),
    );
    expect(flags).toEqual([]);
  });
});
