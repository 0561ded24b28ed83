// `npm run propose:eval -- --chrono`: the date resolver question of issue 19, measured. For each
// evaluation passage whose date the text tells, both resolvers read the same sentence (the
// quotation's sentence with the quotations taken out) against the article's date, and each
// gives the date of the first expression it finds, or the article's date when it finds none.
// chrono-node lost the comparison (BENCHMARKS.md), so it is not a dependency: install it without
// saving (`npm install --no-save chrono-node@2.10.3`) to run this again.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { FoundExpression } from "../src/domain/edit/resolveDate";
import type { ExpectedPassage } from "../src/domain/propose/evaluate";
import { findQuotes } from "../src/domain/propose/findQuotes";
import { sentenceAround } from "../src/domain/propose/sentences";

type Finder = (text: string, published: string | null) => FoundExpression[];

// The little of chrono-node's API used here, typed by hand since it is not installed with Parley.
interface ChronoResult {
  index: number;
  text: string;
  start: { date(): Date; isCertain(component: string): boolean };
}
interface Chrono {
  parse(
    text: string,
    reference: { instant: Date; timezone: number },
    option: { forwardDate: boolean },
  ): ChronoResult[];
}

// chrono-node as a date finder, or null when it is not installed.
export async function loadChronoFinder(): Promise<Finder | null> {
  const name = "chrono-node";
  try {
    const chrono = (await import(name)) as Chrono;
    return (text, published) => chronoFinder(chrono, text, published);
  } catch {
    return null;
  }
}

// Each expression chrono-node parses, at day precision when it knows the day and month
// precision when it knows only the month (as Parley's resolver does).
function chronoFinder(chrono: Chrono, text: string, published: string | null): FoundExpression[] {
  if (published === null) return [];
  // Noon UTC, so no time zone moves the reference day; forwardDate false: articles report the past.
  const reference = new Date(`${published}T12:00:00Z`);
  return chrono
    .parse(text, { instant: reference, timezone: 0 }, { forwardDate: false })
    .flatMap((parsed) => {
      const date = parsed.start.date().toISOString().slice(0, 10);
      const isDay = parsed.start.isCertain("day") || parsed.start.isCertain("weekday");
      const isMonth = parsed.start.isCertain("month");
      const datePrecision = isDay
        ? ("day" as const)
        : isMonth
          ? ("month" as const)
          : ("day" as const);
      return [
        {
          date: datePrecision === "month" ? `${date.slice(0, 7)}-01` : date,
          datePrecision,
          dateNote: `chrono-node: “${parsed.text}”`,
          phrase: parsed.text,
          start: parsed.index,
          end: parsed.index + parsed.text.length,
        },
      ];
    });
}

interface Row {
  sentence: string;
  published: string;
  window: [string, string];
}

function sentencesOf(
  folder: string,
  articles: ReadonlyArray<{ file: string; published: string; passages: ExpectedPassage[] }>,
): Row[] {
  const rows: Row[] = [];
  for (const article of articles) {
    const text = readFileSync(join(folder, article.file), "utf8");
    const quotes = findQuotes(text);
    for (const passage of article.passages) {
      if (!passage.date) continue;
      const quote = quotes.find((candidate) =>
        text.slice(candidate.start, candidate.end).replace(/\s+/g, " ").includes(passage.excerpt),
      );
      if (!quote) continue;
      const bounds = sentenceAround(text, quote, quotes);
      let sentence = "";
      let at = bounds.start;
      for (const other of quotes) {
        if (other.closeAt <= bounds.start || other.openAt >= bounds.end) continue;
        sentence += `${text.slice(at, Math.max(at, other.openAt))} “…” `;
        at = Math.max(at, other.closeAt);
      }
      sentence += text.slice(at, bounds.end);
      rows.push({ sentence, published: article.published, window: passage.date });
    }
  }
  return rows;
}

const within = (date: string, [from, to]: [string, string]) => date >= from && date <= to;

export function compareResolvers(
  fixtures: string,
  seeds: string,
  findDateExpressions: Finder,
  chronoFinder: Finder,
): void {
  const read = (name: string) => JSON.parse(readFileSync(join(fixtures, name), "utf8")).articles;
  const rows = sentencesOf(fixtures, read("expectations.json"));
  if (existsSync(seeds)) rows.push(...sentencesOf(seeds, read("seed-expectations.json")));
  let parley = 0;
  let chronoRight = 0;
  let chronoAfter = 0;
  const differ: string[] = [];
  for (const row of rows) {
    const own = findDateExpressions(row.sentence, row.published)[0]?.date ?? row.published;
    const parsed = chronoFinder(row.sentence, row.published)[0];
    const theirs = parsed?.date ?? row.published;
    if (within(own, row.window)) parley++;
    if (within(theirs, row.window)) chronoRight++;
    if (theirs > row.published) chronoAfter++;
    if (within(own, row.window) !== within(theirs, row.window)) {
      differ.push(
        `  ${row.published} [${row.window.join("…")}] Parley ${own}, chrono ${theirs} (“${parsed?.phrase ?? "-"}”): ${row.sentence.trim().slice(0, 110)}`,
      );
    }
  }
  console.log(
    `\nDate resolvers on the same ${rows.length} sentences (each quotation's sentence, quotations taken out; ${existsSync(seeds) ? "fixtures and seeds" : "fixtures"}):`,
  );
  console.log(`  Parley's resolver  ${parley}/${rows.length} right`);
  console.log(
    `  chrono-node 2.10.3 ${chronoRight}/${rows.length} right; ${chronoAfter} dated after the article`,
  );
  console.log("  where they differ:");
  for (const line of differ) console.log(line);
}
