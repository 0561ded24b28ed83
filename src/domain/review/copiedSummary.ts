// A summary that copies a run of RUN_WORDS or more words from its quote or its article: the
// summary is meant to be the coder's own words (README, "Adding a statement"), and a copied
// sentence passes the article's framing off as the coder's reading.
import type { Statement } from "../schema";
import type { ReviewFlag } from "./flag";
import type { ReviewContext } from "./reviewContext";
import { wordsOf } from "./words";

// The threshold: 12 words is a clause, longer than any stock phrase.
export const RUN_WORDS = 12;

// Every run of RUN_WORDS words of `words`, as one string each.
function runsOf(words: readonly string[]): Set<string> {
  const runs = new Set<string>();
  for (let i = 0; i + RUN_WORDS <= words.length; i++)
    runs.add(words.slice(i, i + RUN_WORDS).join(" "));
  return runs;
}

// The longest stretch of the summary made of runs `runs` holds, or null.
function longestCopied(summary: readonly string[], runs: ReadonlySet<string>): string | null {
  let best: { from: number; to: number } | null = null;
  let i = 0;
  while (i + RUN_WORDS <= summary.length) {
    if (!runs.has(summary.slice(i, i + RUN_WORDS).join(" "))) {
      i++;
      continue;
    }
    let j = i;
    while (
      j + 1 + RUN_WORDS <= summary.length &&
      runs.has(summary.slice(j + 1, j + 1 + RUN_WORDS).join(" "))
    )
      j++;
    const run = { from: i, to: j + RUN_WORDS };
    if (best === null || run.to - run.from > best.to - best.from) best = run;
    i = j + 1;
  }
  return best === null ? null : summary.slice(best.from, best.to).join(" ");
}

export function copiedSummary(context: ReviewContext): ReviewFlag[] {
  const flags: ReviewFlag[] = [];
  // One article's runs at a time, built once for all its statements and then let go: kept for
  // every source, 5,000 long articles would hold hundreds of megabytes.
  for (const [sourceId, statements] of context.bySource) {
    let articleRuns: Set<string> | null = null;
    const runsOfArticle = () => {
      articleRuns ??= runsOf(wordsOf(context.textOf(sourceId) ?? ""));
      return articleRuns;
    };
    for (const statement of statements) {
      if (statement.sourceId !== sourceId) continue;
      const summary = wordsOf(statement.summary);
      if (summary.length < RUN_WORDS) continue;
      const copied = copiedFrom(statement, summary, context, runsOfArticle);
      if (copied)
        flags.push({
          rule: "copied-summary",
          statementIds: [statement.id],
          message: `${statement.id}'s summary copies ${copied.count} words of ${copied.from} in a row: say it in your own words.`,
          evidence: copied.words,
        });
    }
  }
  return flags;
}

function copiedFrom(
  statement: Statement,
  summary: readonly string[],
  context: ReviewContext,
  runsOfArticle: () => Set<string>,
): { from: string; words: string; count: number } | null {
  const candidates: Array<[string, () => Set<string>]> = [
    ["its quote", () => runsOf(wordsOf(statement.quote ?? ""))],
  ];
  if (context.textOf(statement.sourceId) !== null) candidates.push(["its article", runsOfArticle]);
  let best: { from: string; words: string; count: number } | null = null;
  for (const [from, runs] of candidates) {
    const words = longestCopied(summary, runs());
    const count = words?.split(" ").length ?? 0;
    if (words && (best === null || count > best.count)) best = { from, words, count };
  }
  return best;
}
