// The five seed articles, read at run time from ../shared/seeds/ (never copied into the
// project), scored against the hand-written seed-expectations.json: the goals of issue 19.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../schema";
import { type ExpectedPassage, figuresOf, scorePassages } from "./evaluate";
import { proposeStatements } from "./proposeStatements";

const root = new URL("../../../", import.meta.url);
const seeds = new URL("../shared/seeds/", root);
const hasSeeds = existsSync(seeds);

interface SeedExpectations {
  file: string;
  published: string;
  passages: ExpectedPassage[];
}

describe.skipIf(!hasSeeds)(
  "the seed articles (skipped where ../shared/seeds/ is absent: they are read, not copied)",
  () => {
    const dataset = JSON.parse(
      readFileSync(new URL("data/russia-ukraine.json", root), "utf8"),
    ) as Dataset;
    const { articles } = JSON.parse(
      readFileSync(new URL("src/domain/propose/__fixtures__/seed-expectations.json", root), "utf8"),
    ) as { articles: SeedExpectations[] };
    // Vitest runs a skipped suite's body to collect its tests: the articles are read only
    // where they are, so a clone without ../shared/ collects (and skips) without an error.
    const runs = hasSeeds
      ? articles.map((article) => {
          const text = readFileSync(new URL(article.file, seeds), "utf8");
          const proposals = proposeStatements(text, { published: article.published, dataset });
          return { article, proposals, scores: scorePassages(proposals, article.passages) };
        })
      : [];
    const figures = figuresOf(runs.flatMap((run) => run.scores));

    it("holds 35 quoted passages of three or more words, as counted by hand", () => {
      expect(figures.passages).toBe(35);
    });

    it("meets the goals: ≥ 95% proposed, speaker ≥ 85%, party ≥ 85% right and ≤ 5% wrong, date ≥ 85%", () => {
      expect(figures.proposed / figures.passages).toBeGreaterThanOrEqual(0.95);
      expect(figures.speakerRight / figures.passages).toBeGreaterThanOrEqual(0.85);
      expect(figures.partyRight / figures.partyExpected).toBeGreaterThanOrEqual(0.85);
      expect(figures.partyWrong / figures.proposed).toBeLessThanOrEqual(0.05);
      expect(figures.dateRight / figures.datesExpected).toBeGreaterThanOrEqual(0.85);
    });

    it("dates no proposal after its article, and none today", () => {
      const today = new Date().toISOString().slice(0, 10);
      for (const { article, proposals } of runs) {
        for (const proposal of proposals) {
          expect(proposal.date === null || proposal.date <= article.published).toBe(true);
          expect(proposal.date).not.toBe(today);
        }
      }
    });

    it("proposes no date for a seed read without a published date", () => {
      for (const { article } of runs) {
        const text = readFileSync(new URL(article.file, seeds), "utf8");
        const undated = proposeStatements(text, { published: null, dataset });
        expect(undated.filter((proposal) => proposal.date !== null)).toEqual([]);
      }
    });
  },
);
