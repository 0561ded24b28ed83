import { describe, expect, it } from "vitest";
import { makeDataset, makeIssue, makeParty, makeStatement } from "./__fixtures__/makeDataset";
import { parseDataset } from "./validate";
import { hasSourceTexts, withoutSourceTexts } from "./withoutSourceTexts";

const ARTICLE = "Talks resumed. North said: we want the bridge open. South disagreed.";
// "we want the bridge open" starts at 27 (14 characters of "Talks resumed." + space = 15,
// "North said: " is 12 more) and is 23 characters long.
const base = makeDataset("texts", {
  parties: [makeParty("north")],
  issues: [makeIssue("bridge", ["open", "closed"])],
  statements: [
    makeStatement({
      id: "s1",
      date: "2025-01-02",
      partyId: "north",
      issueId: "bridge",
      stanceId: "open",
      sourceId: "a1",
      quote: "we want the bridge open",
      quoteStart: 27,
      quoteEnd: 50,
    }),
  ],
});
const withText = {
  ...base,
  sources: [
    {
      id: "a1",
      outlet: "Daily",
      title: "Talks",
      published: "2025-01-02",
      url: null,
      document: null,
      notes: null,
      text: ARTICLE,
    },
    {
      id: "a2",
      outlet: "Weekly",
      title: null,
      published: null,
      url: null,
      document: null,
      notes: null,
    },
  ],
};

describe("withoutSourceTexts", () => {
  it("fixture: the offsets mark the quote in the text", () => {
    expect(ARTICLE.slice(27, 50)).toBe("we want the bridge open");
    expect(parseDataset(withText).ok).toBe(true);
  });

  it("drops every source's text and keeps the rest of each source and each statement", () => {
    const shared = withoutSourceTexts(withText);
    expect(shared.sources).toEqual([
      {
        id: "a1",
        outlet: "Daily",
        title: "Talks",
        published: "2025-01-02",
        url: null,
        document: null,
        notes: null,
      },
      {
        id: "a2",
        outlet: "Weekly",
        title: null,
        published: null,
        url: null,
        document: null,
        notes: null,
      },
    ]);
    expect(shared.statements).toBe(withText.statements);
    expect(hasSourceTexts(shared)).toBe(false);
  });

  it("leaves a dataset that still validates, offsets and all", () => {
    const result = parseDataset(JSON.parse(JSON.stringify(withoutSourceTexts(withText))));
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.statements[0]?.quoteStart).toBe(27);
  });

  it("returns a dataset without texts as it is", () => {
    const none = withoutSourceTexts(withText);
    expect(hasSourceTexts(withText)).toBe(true);
    expect(withoutSourceTexts(none)).toBe(none);
  });
});
