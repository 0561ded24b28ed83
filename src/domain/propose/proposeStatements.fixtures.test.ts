// The invented evaluation articles, passage by passage: each expected speaker, party and date
// window was worked out by hand (expectations.json says how), and the Kelda article's speakers
// are the Riverland fixture's (e2e/fixtures/riverland.json).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../schema";
import type { ExpectedPassage } from "./evaluate";
import { proposeStatements } from "./proposeStatements";

interface ArticleExpectations {
  file: string;
  published: string;
  dataset: string;
  passages: Array<ExpectedPassage & { shows: string }>;
}

const root = new URL("../../../", import.meta.url);
const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, root), "utf8")) as T;
const { articles } = readJson<{ articles: ArticleExpectations[] }>(
  "src/domain/propose/__fixtures__/expectations.json",
);

describe.each(articles)("$file", (article) => {
  const text = readFileSync(
    new URL(`src/domain/propose/__fixtures__/${article.file}`, root),
    "utf8",
  );
  const dataset = readJson<Dataset>(article.dataset);
  const proposals = proposeStatements(text, { published: article.published, dataset });

  it("lists exactly the article's quoted passages, in text order", () => {
    expect(proposals.map((proposal) => proposal.quote.replace(/\s+/g, " "))).toEqual(
      article.passages.map((passage) => expect.stringContaining(passage.excerpt)),
    );
  });

  it.each(article.passages)("“$excerpt”: $shows", (passage) => {
    const proposal = proposals.find((candidate) => candidate.quote.includes(passage.excerpt));
    expect(proposal?.speaker?.name).toBe(passage.speaker);
    expect(proposal?.partyId).toBe(passage.party);
    const [from, to] = passage.date ?? ["", ""];
    expect(proposal?.date && proposal.date >= from && proposal.date <= to).toBe(true);
    expect(proposal?.dateBasis).toBe(passage.basis);
    expect(proposal?.quoteKind).toBe("direct");
  });
});
