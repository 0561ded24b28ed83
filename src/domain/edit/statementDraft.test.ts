import { describe, expect, it } from "vitest";
import { makeStatement } from "../__fixtures__/makeDataset";
import type { Source } from "../schema";
import { draftFromStatement, statementFromDraft } from "./statementDraft";
import { suggestSpeakers } from "./suggestSpeakers";

// "Ilse Marrow said on Monday: " is 28 characters and an opening mark; the quote runs 29 to 54.
const TEXT = 'Ilse Marrow said on Monday: "The 1950 shares are fair." Tomas Reed disagreed.';
const source: Source = {
  id: "gazette",
  outlet: "Gazette",
  title: null,
  published: "2025-03-12",
  url: null,
  document: null,
  notes: null,
  text: TEXT,
};
const statement = makeStatement({
  id: "s1",
  date: "2025-03-10",
  partyId: "upland",
  issueId: "allocation",
  stanceId: "historic",
  sourceId: "gazette",
  quote: "The 1950 shares are fair.",
  speaker: { name: "Ilse Marrow", role: "Water minister" },
});

describe("statementFromDraft", () => {
  it("keeps where a verbatim quote stands in the text", () => {
    const result = statementFromDraft(draftFromStatement(statement), "s1", source);
    expect(TEXT.slice(29, 54)).toBe("The 1950 shares are fair.");
    expect(result).toEqual({
      ok: true,
      statement: {
        ...statement,
        reportedBy: null,
        firmness: null,
        acceptable: null,
        dateBasis: "stated",
        quoteStart: 29,
        quoteEnd: 54,
      },
    });
  });
  it("keeps a new quote at the occurrence the coder picked, not the first", () => {
    // "fair" stands at 49 (29 + "The 1950 shares are ".length) and at 78 (after "disagreed: ").
    const twice = { ...source, text: `${TEXT.slice(0, -1)}: fair.` };
    const draft = { ...draftFromStatement(statement), quote: "fair" };
    const picked = statementFromDraft(draft, "s2", twice, undefined, { start: 78, end: 82 });
    const first = statementFromDraft(draft, "s2", twice);
    expect(picked.ok && [picked.statement.quoteStart, picked.statement.quoteEnd]).toEqual([78, 82]);
    expect(first.ok && [first.statement.quoteStart, first.statement.quoteEnd]).toEqual([49, 53]);
  });

  it("refuses a quote that is not in the article's text", () => {
    const draft = {
      ...draftFromStatement(statement),
      quote: "The 1950 shares are the only fair shares.",
    };
    expect(statementFromDraft(draft, "s1", source)).toEqual({
      ok: false,
      reason: "The quote is not in the article's text",
    });
  });
  it("accepts any quote when the source has no text, and no quote at all", () => {
    const draft = { ...draftFromStatement(statement), quote: "Words from elsewhere." };
    const result = statementFromDraft(draft, "s1", { ...source, text: null });
    expect(result.ok && result.statement.quote).toBe("Words from elsewhere.");
    expect(result.ok && result.statement.quoteStart).toBeUndefined();
    const none = statementFromDraft({ ...draft, quote: "  " }, "s1", source);
    expect(none.ok && none.statement.quote).toBeNull();
  });
  it("turns empty fields into nulls and a range into its pair", () => {
    const draft = {
      ...draftFromStatement(statement),
      stanceId: "",
      dateNote: " ",
      conditions: "",
      acceptableFrom: "historic",
      acceptableTo: "mixed",
      firmness: "demand" as const,
      reportedByName: "Tomas Reed",
      reportedByRole: "Delegation head",
    };
    const result = statementFromDraft(draft, "s9", source);
    expect(result.ok && result.statement).toMatchObject({
      id: "s9",
      stanceId: null,
      dateNote: null,
      conditions: null,
      acceptable: { from: "historic", to: "mixed" },
      firmness: "demand",
      reportedBy: { name: "Tomas Reed", role: "Delegation head" },
    });
  });
});

describe("suggestSpeakers", () => {
  it("puts known speakers near the quote first, then names written near it, then the rest", () => {
    const others = makeStatement({
      id: "s2",
      date: "2025-03-01",
      partyId: "midvale",
      issueId: "allocation",
      stanceId: null,
      speaker: { name: "Ana Velt", role: "Foreign minister" },
    });
    expect(suggestSpeakers(TEXT, 29, 54, [others, statement])).toEqual([
      { name: "Ilse Marrow", role: "Water minister" },
      { name: "Tomas Reed", role: "" },
      { name: "Ana Velt", role: "Foreign minister" },
    ]);
  });

  it("suggests people, not places, weekdays or cut-off titles (issue 19's noisy list)", () => {
    const text =
      "In the Middle East on Thursday Putin met Turkey's Esenboga Airport staff. Defence Minister Rustem Umerov said: “We are ready.”";
    const start = text.indexOf("We are");
    expect(suggestSpeakers(text, start, start + 13, [])).toEqual([
      { name: "Rustem Umerov", role: "Defence Minister" },
    ]);
  });
});
