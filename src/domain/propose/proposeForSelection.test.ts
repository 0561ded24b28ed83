// Selections as a coder makes them; answers worked out by hand (Thursday 15 May 2025).
import { describe, expect, it } from "vitest";
import { makeStatement } from "../__fixtures__/makeDataset";
import { codedPassages, codedWithin } from "./codedPassages";
import { findLoosely, wholeSentence } from "./findLoosely";
import { proposeForSelection } from "./proposeForSelection";

const TEXT = [
  `"We will sign before the summer," Piet Olan told reporters on Tuesday.`,
  "Ana Velt also said on Monday that the dam could wait.",
].join("\n");

describe("proposeForSelection", () => {
  it("a part of a quotation keeps the quotation's speaker and date, as a direct quote", () => {
    const start = TEXT.indexOf("sign before");
    const proposal = proposeForSelection(TEXT, start, start + "sign before".length, {
      published: "2025-05-15",
    });
    expect(proposal.quote).toBe("sign before");
    expect(proposal.start).toBe(9);
    expect(proposal.speaker?.name).toBe("Piet Olan");
    expect(proposal.date).toBe("2025-05-13");
    expect(proposal.quoteKind).toBe("direct");
  });

  it("a selection reaching past the quotation marks keeps its speaker and date, as reported", () => {
    const end = TEXT.indexOf("\n");
    const proposal = proposeForSelection(TEXT, 0, end, { published: "2025-05-15" });
    expect(proposal.speaker?.name).toBe("Piet Olan");
    expect(proposal.date).toBe("2025-05-13");
    expect(proposal.quoteKind).toBe("reported");
  });

  it("a sentence outside quotation marks is reported speech, read the same way", () => {
    const start = TEXT.indexOf("Ana Velt");
    const proposal = proposeForSelection(TEXT, start, TEXT.length, { published: "2025-05-15" });
    expect(proposal.quoteKind).toBe("reported");
    expect(proposal.speaker?.name).toBe("Ana Velt");
    expect(proposal.date).toBe("2025-05-12");
  });

  it("without a published date, no date", () => {
    const start = TEXT.indexOf("Ana Velt");
    const proposal = proposeForSelection(TEXT, start, TEXT.length, { published: null });
    expect([proposal.date, proposal.dateBasis]).toEqual([null, null]);
  });
});

describe("codedPassages", () => {
  it("places each coded quote at its recorded place, or where it is found", () => {
    const statements = [
      makeStatement({
        id: "s1",
        date: "2025-05-13",
        partyId: "upland",
        issueId: "dam",
        stanceId: null,
        quote: "We will sign before the summer,",
        quoteStart: 1,
        quoteEnd: 32,
      }),
      // No place recorded, and a line break where the quote has a space.
      makeStatement({
        id: "s2",
        date: "2025-05-12",
        partyId: "midvale",
        issueId: "dam",
        stanceId: null,
        quote: "reporters on Tuesday. Ana Velt",
      }),
      makeStatement({
        id: "s3",
        date: "2025-05-12",
        partyId: "midvale",
        issueId: "dam",
        stanceId: null,
      }),
    ];
    const coded = codedPassages(TEXT, statements);
    expect(coded).toEqual([
      { start: 1, end: 32, statementId: "s1" },
      { start: 49, end: 79, statementId: "s2" },
    ]);
    expect(codedWithin(coded, 10, 20)).toEqual([{ start: 1, end: 32, statementId: "s1" }]);
  });
});

describe("findLoosely", () => {
  const text = "He said: “We will  not\nsign it.” Then he left. Later, ‘no’ — he said.";

  it("matches straight marks to curly ones, any spacing and any case", () => {
    expect(findLoosely(text, '"we will not sign', 5)).toEqual([{ start: 9, end: 27 }]);
    expect(findLoosely(text, "'NO' - he", 5)).toEqual([{ start: 54, end: 63 }]);
  });

  it("offers the whole sentence, with the quotation it stands in", () => {
    expect(wholeSentence(text, 10, 14)).toEqual({ start: 0, end: 32 });
    expect(wholeSentence(text, 38, 42)).toEqual({ start: 33, end: 46 });
  });
});
