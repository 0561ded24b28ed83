// `npm run propose:eval`: runs the proposer over the evaluation set and prints its figures:
// the invented articles in src/domain/propose/__fixtures__ (expectations.json) and the five seed
// articles, read from ../shared/seeds/ (seed-expectations.json; skipped, and said so, where
// that folder is absent). With --chrono, also compares chrono-node's date parsing with Parley's
// resolver on the same sentences.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { findDateExpressions } from "../src/domain/edit/resolveDate";
import type { DateFinder } from "../src/domain/propose/dateOfClause";
import {
  type ExpectedPassage,
  type Figures,
  figuresOf,
  type PassageScore,
  scorePassages,
} from "../src/domain/propose/evaluate";
import { proposeStatements } from "../src/domain/propose/proposeStatements";
import type { Dataset } from "../src/domain/schema";

const ROOT = new URL("..", import.meta.url).pathname;
const FIXTURES = join(ROOT, "src/domain/propose/__fixtures__");
const SEEDS = join(ROOT, "../shared/seeds");
const isVerbose = process.argv.includes("--verbose");

interface ArticleExpectations {
  file: string;
  published: string;
  dataset?: string;
  passages: ExpectedPassage[];
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, "utf8")) as T;
const DEFAULT_DATASET = readJson<Dataset>(join(ROOT, "data/russia-ukraine.json"));
const today = new Date().toISOString().slice(0, 10);

interface SetResult {
  figures: Figures;
  laterThanPublished: number;
  datedToday: number;
  candidates: number;
  scores: PassageScore[];
}

function evaluate(
  folder: string,
  articles: readonly ArticleExpectations[],
  findDates?: DateFinder,
): SetResult {
  const scores: PassageScore[] = [];
  let laterThanPublished = 0;
  let datedToday = 0;
  let candidates = 0;
  for (const article of articles) {
    const text = readFileSync(join(folder, article.file), "utf8");
    const dataset = article.dataset
      ? readJson<Dataset>(join(ROOT, article.dataset))
      : DEFAULT_DATASET;
    const proposals = proposeStatements(text, { published: article.published, dataset, findDates });
    candidates += proposals.length;
    laterThanPublished += proposals.filter(
      (proposal) => proposal.date && proposal.date > article.published,
    ).length;
    datedToday += proposals.filter((proposal) => proposal.date === today).length;
    const articleScores = scorePassages(proposals, article.passages);
    scores.push(...articleScores);
    if (isVerbose) {
      for (const score of articleScores) {
        const p = score.proposal;
        const marks = `${score.proposal ? "" : "NOT PROPOSED "}${score.isSpeakerRight ? "" : "speaker✗ "}${score.partyOutcome === "wrong" ? "party✗ " : score.partyOutcome === "empty" ? "party∅ " : ""}${score.isDateRight === false ? "date✗ " : ""}`;
        if (marks)
          console.log(
            `${article.file} “${score.excerpt}”: ${marks}→ ${p?.speaker?.name ?? "-"} / ${p?.partyId ?? "-"} / ${p?.date ?? "-"} (${p?.dateNote ?? ""})`,
          );
      }
    }
  }
  return { figures: figuresOf(scores), laterThanPublished, datedToday, candidates, scores };
}

const percent = (part: number, whole: number) =>
  whole === 0 ? "n/a" : `${((100 * part) / whole).toFixed(1)}%`;

function report(name: string, result: SetResult): void {
  const f = result.figures;
  console.log(
    `\n${name}: ${f.passages} quoted passages of three or more words (${result.candidates} candidates listed in all)`,
  );
  console.log(
    `  proposed        ${f.proposed}/${f.passages}  ${percent(f.proposed, f.passages)}   (goal ≥ 95%)`,
  );
  console.log(
    `  speaker right   ${f.speakerRight}/${f.passages}  ${percent(f.speakerRight, f.passages)}   (goal ≥ 85%)`,
  );
  console.log(
    `  party right     ${f.partyRight}/${f.partyExpected}  ${percent(f.partyRight, f.partyExpected)}   (goal ≥ 85%; of passages whose party the text tells)`,
  );
  console.log(
    `  party wrong     ${f.partyWrong}/${f.proposed}  ${percent(f.partyWrong, f.proposed)}   (goal ≤ 5%; of passages proposed)`,
  );
  console.log(
    `  date right      ${f.dateRight}/${f.datesExpected}  ${percent(f.dateRight, f.datesExpected)}   (goal ≥ 85%; of passages whose date the text tells)`,
  );
  console.log(
    `  dated after the published date: ${result.laterThanPublished}; dated today (${today}): ${result.datedToday}`,
  );
}

const fixtures = readJson<{ articles: ArticleExpectations[] }>(
  join(FIXTURES, "expectations.json"),
).articles;
const fixtureResult = evaluate(FIXTURES, fixtures);
report("Invented articles (src/domain/propose/__fixtures__)", fixtureResult);

if (existsSync(SEEDS)) {
  const seeds = readJson<{ articles: ArticleExpectations[] }>(
    join(FIXTURES, "seed-expectations.json"),
  ).articles;
  const seedResult = evaluate(SEEDS, seeds);
  report("Seed articles (../shared/seeds)", seedResult);
  const all = [...fixtureResult.scores, ...seedResult.scores];
  report("Both sets", {
    figures: figuresOf(all),
    laterThanPublished: fixtureResult.laterThanPublished + seedResult.laterThanPublished,
    datedToday: fixtureResult.datedToday + seedResult.datedToday,
    candidates: fixtureResult.candidates + seedResult.candidates,
    scores: all,
  });
} else {
  console.log(
    `\nSeed articles skipped: ${SEEDS} is absent (they are read at run time, never copied into the project).`,
  );
}

if (process.argv.includes("--chrono")) {
  const { compareResolvers, loadChronoFinder } = await import("./propose-chrono");
  const chronoFinder = await loadChronoFinder();
  if (!chronoFinder) {
    console.error("chrono-node is not installed: npm install --no-save chrono-node@2.10.3");
    process.exit(1);
  }
  compareResolvers(FIXTURES, SEEDS, findDateExpressions, chronoFinder);
  // The whole proposer (the quotation's own clause, then the paragraph's scene, …) with
  // chrono-node finding the date expressions instead of Parley's resolver.
  const sets: Array<[string, string, string]> = [
    ["Invented articles", FIXTURES, "expectations.json"],
  ];
  if (existsSync(SEEDS)) sets.push(["Seed articles", SEEDS, "seed-expectations.json"]);
  for (const [name, folder, file] of sets) {
    const articles = readJson<{ articles: ArticleExpectations[] }>(join(FIXTURES, file)).articles;
    const own = evaluate(folder, articles).figures;
    const theirs = evaluate(folder, articles, chronoFinder);
    console.log(
      `  ${name}, whole proposer: date right with Parley's resolver ${own.dateRight}/${own.datesExpected}, with chrono-node ${theirs.figures.dateRight}/${theirs.figures.datesExpected}; chrono dated ${theirs.laterThanPublished} after the article`,
    );
  }
}
