import { describe, expect, it } from "vitest";
import { makeStatement } from "../__fixtures__/makeDataset";
import type { Source } from "../schema";
import { checkDatasetQuotes, findPlaces, findQuote, QUOTE_NOT_IN_TEXT } from "./quoteCheck";

// Offsets counted by hand: "Ana Velt said:" is 14 characters, then a line break and two spaces.
const TEXT = "Ana Velt said:\n  Half history,\n half people.\nThe end.";

describe("findQuote", () => {
  it("finds a quote whose white space differs from the text's", () => {
    // "Half" starts at 17; "people." ends at 43 (the second line break is at 30, " half" 31-35).
    expect(findQuote(TEXT, "Half history, half people.")).toEqual({ ok: true, start: 17, end: 44 });
    expect(TEXT.slice(17, 44)).toBe("Half history,\n half people.");
  });
  it("trims the quote's own leading and trailing space", () => {
    expect(findQuote(TEXT, "  The end. ")).toEqual({ ok: true, start: 45, end: 53 });
  });
  it("keeps the given offsets when the quote stands there", () => {
    const text = "No. No. No.";
    expect(findQuote(text, "No.", { start: 8, end: 11 })).toEqual({ ok: true, start: 8, end: 11 });
    // Offsets that hold other words are replaced by the quote's first place.
    expect(findQuote(text, "No. No.", { start: 1, end: 5 })).toEqual({
      ok: true,
      start: 0,
      end: 7,
    });
  });
  it.each([
    ["Half history, half of the people."],
    ["half history"], // case matters: a quote is copied character for character
    ["Half  history,half people."], // a missing space is a different text
    [""],
  ])("refuses %j", (quote) => {
    expect(findQuote(TEXT, quote)).toEqual({ ok: false, reason: QUOTE_NOT_IN_TEXT });
  });
  it("says why in the product's words", () => {
    expect(QUOTE_NOT_IN_TEXT).toBe("The quote is not in the article's text");
  });
});

describe("checkDatasetQuotes", () => {
  const source = (id: string, text?: string | null): Source => ({
    id,
    outlet: "Wire",
    title: null,
    published: null,
    url: null,
    document: null,
    notes: null,
    ...(text === undefined ? {} : { text }),
  });
  it("lists each quote as verified, not found or without source text", () => {
    const statements = [
      makeStatement({
        id: "a",
        date: "2025-01-01",
        partyId: "p",
        issueId: "i",
        stanceId: null,
        sourceId: "with-text",
        quote: "The end.",
      }),
      makeStatement({
        id: "b",
        date: "2025-01-01",
        partyId: "p",
        issueId: "i",
        stanceId: null,
        sourceId: "with-text",
        quote: "The start.",
      }),
      makeStatement({
        id: "c",
        date: "2025-01-01",
        partyId: "p",
        issueId: "i",
        stanceId: null,
        sourceId: "no-text",
        quote: "Anything.",
      }),
      makeStatement({
        id: "d",
        date: "2025-01-01",
        partyId: "p",
        issueId: "i",
        stanceId: null,
        sourceId: "null-text",
        quote: "Anything.",
      }),
      makeStatement({
        id: "e",
        date: "2025-01-01",
        partyId: "p",
        issueId: "i",
        stanceId: null,
        sourceId: "with-text",
        quote: null,
      }),
    ];
    const sources = [source("with-text", TEXT), source("no-text"), source("null-text", null)];
    expect(checkDatasetQuotes({ sources, statements })).toEqual([
      { statementId: "a", status: "verified" },
      { statementId: "b", status: "not-found" },
      { statementId: "c", status: "no-source-text" },
      { statementId: "d", status: "no-source-text" },
    ]);
  });
});

describe("findPlaces", () => {
  it("finds every place, ignoring case and white space runs", () => {
    // "Half" at 17 and "half" at 32; "history," (22) to "half" spans a line break and a space.
    expect(findPlaces(TEXT, "HALF", 5)).toEqual([
      { start: 17, end: 21 },
      { start: 32, end: 36 },
    ]);
    expect(findPlaces(TEXT, "history, half", 5)).toEqual([{ start: 22, end: 36 }]);
    expect(findPlaces(TEXT, "half", 1)).toHaveLength(1);
    expect(findPlaces(TEXT, "  ", 5)).toEqual([]);
  });
});
