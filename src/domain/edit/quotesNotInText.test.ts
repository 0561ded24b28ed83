import { describe, expect, it } from "vitest";
import { makeDataset, makeIssue, makeParty, makeStatement } from "../__fixtures__/makeDataset";
import type { Dataset, Source } from "../schema";
import { listQuotesNotInText, quotesMissingNote } from "./quotesNotInText";

const ARTICLE = "The minister said: we will share the river,\nfairly and in full.";

function source(id: string, fields: Partial<Source>): Source {
  return {
    id,
    outlet: "Kelda Post",
    title: null,
    published: null,
    url: null,
    document: null,
    notes: null,
    ...fields,
  };
}

// Three quotes on the article (one not in it), one on a source without text, one without quote.
function dataset(): Dataset {
  const base = makeDataset("quotes", {
    parties: [makeParty("north"), makeParty("south")],
    issues: [makeIssue("water", ["keep", "share"])],
    statements: [
      makeStatement({
        id: "a",
        date: "2025-01-01",
        partyId: "north",
        issueId: "water",
        stanceId: "share",
        quote: "we will share the river, fairly",
        sourceId: "article",
      }),
      makeStatement({
        id: "b",
        date: "2025-01-01",
        partyId: "south",
        issueId: "water",
        stanceId: "keep",
        quote: "we will keep the river",
        sourceId: "article",
      }),
      makeStatement({
        id: "c",
        date: "2025-01-01",
        partyId: "north",
        issueId: "water",
        stanceId: "share",
        quote: "in full.",
        sourceId: "article",
      }),
      makeStatement({
        id: "d",
        date: "2025-01-01",
        partyId: "south",
        issueId: "water",
        stanceId: "keep",
        quote: "words nobody can check",
        sourceId: "wire",
      }),
      makeStatement({
        id: "e",
        date: "2025-01-01",
        partyId: "south",
        issueId: "water",
        stanceId: "keep",
        sourceId: "article",
      }),
    ],
  });
  return {
    ...base,
    sources: [
      source("article", { title: "A shared river", text: ARTICLE }),
      source("wire", { outlet: "Test Wire" }),
    ],
  };
}

describe("listQuotesNotInText", () => {
  it("lists the one quote the article does not hold, with its party and source", () => {
    // "a" stands across the line break (white space folded), "c" at the end; "b" is not there;
    // "d" has no text to be checked against and "e" no quote.
    expect(listQuotesNotInText(dataset())).toEqual({
      quotes: [
        {
          statementId: "b",
          party: "Party south",
          quote: "we will keep the river",
          source: "Kelda Post, “A shared river”",
        },
      ],
      total: 1,
    });
  });

  it("says nothing when no source carries text", () => {
    const withoutText = { ...dataset(), sources: [source("article", {}), source("wire", {})] };
    expect(listQuotesNotInText(withoutText)).toBeNull();
  });

  it("is empty when every quote stands in its text", () => {
    const all = dataset();
    const found = { ...all, statements: all.statements.filter((s) => s.id !== "b") };
    expect(listQuotesNotInText(found)).toEqual({ quotes: [], total: 0 });
  });

  it("cuts a long quote after a whole word within 60 characters, and lists only `limit`", () => {
    const all = dataset();
    const long = `${"Rivers  run\n".repeat(8)}to the sea`; // folded: "Rivers run " × 8 + …
    const statements = [
      ...all.statements,
      makeStatement({
        id: "f",
        date: "2025-01-01",
        partyId: "south",
        issueId: "water",
        stanceId: "keep",
        quote: long,
        sourceId: "untitled",
      }),
    ];
    const untitled = source("untitled", { outlet: "Radio Delta", text: "Nothing quoted here." });
    const listed = listQuotesNotInText(
      { ...all, statements, sources: [...all.sources, untitled] },
      1,
    );
    expect(listed?.total).toBe(2);
    expect(listed?.quotes.map((quote) => quote.statementId)).toEqual(["b"]);
    // One word of 70 letters has no space to cut at: cut mid-word, 59 letters and the ellipsis.
    const word = listQuotesNotInText({
      ...all,
      statements: [{ ...statements[1], quote: "x".repeat(70) } as (typeof statements)[number]],
    });
    expect(word?.quotes[0]?.quote).toBe(`${"x".repeat(59)}…`);
    const both = listQuotesNotInText({ ...all, statements, sources: [...all.sources, untitled] });
    // The first 59 characters are "Rivers run " × 5 (55) and "Rive"; the cut goes back to the
    // last space (at 54), so the fifth "Rivers run" ends it.
    expect(both?.quotes[1]).toEqual({
      statementId: "f",
      party: "Party south",
      quote: "Rivers run Rivers run Rivers run Rivers run Rivers run…",
      source: "Radio Delta",
    });
  });
});

describe("quotesMissingNote", () => {
  it("counts one quote, or several, in the import status's words", () => {
    expect(quotesMissingNote(1)).toBe("1 quote is not in its article's text, listed below");
    expect(quotesMissingNote(3)).toBe("3 quotes are not in their articles' texts, listed below");
  });
});
