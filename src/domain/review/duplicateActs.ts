// The same act coded twice: one party's statements on one issue from different sources, close
// in date, saying overlapping words (issue 20: Podoliak's interview coded from Lavrov's account
// and from La Repubblica's). Proposes keeping one with the other's source in `alsoIn`.
import { dayNumber } from "../deal/days";
import type { Statement } from "../schema";
import type { ReviewFlag } from "./flag";
import type { ReviewContext } from "./reviewContext";
import { contentWordsOfFolded } from "./words";

// Two reports of one act rarely sit more than a few days apart once their precision is
// allowed for (a "recently" dated to the month holds every day of it).
const CLOSE_DAYS = 3;
// Share of the shorter text's meaningful words the longer one must hold: by the same speaker,
// under one word in three differs between two outlets' wording of one act; by two speakers of
// the party (issue 20: "Moscow" and the Kremlin aide on raising the delegations' level), the
// words must say more plainly that it is one act.
const MIN_OVERLAP = 0.3;
const MIN_OVERLAP_OTHER_SPEAKER = 0.5;
// A cell of thousands of statements on one day must not turn into millions of comparisons.
const MAX_NEIGHBOURS = 50;

// The days a statement's date stands for: one day, or all of its month or year.
function daySpan(statement: Statement): { first: number; last: number } {
  const first = dayNumber(statement.date);
  if (statement.datePrecision === "day") return { first, last: first };
  const year = Number(statement.date.slice(0, 4));
  const month = Number(statement.date.slice(5, 7));
  const end =
    statement.datePrecision === "month" ? Date.UTC(year, month, 0) : Date.UTC(year, 11, 31);
  return { first, last: end / 86_400_000 };
}

// The statement's meaningful words, less the cell's own: every statement of a party on an issue
// tends to name both ("Party 3 on Issue 4: …" in the generated data), which says nothing about
// whether two are one act.
function wordsOfStatement(
  context: ReviewContext,
  statement: Statement,
  cellWords: ReadonlySet<string>,
): Set<string> {
  const words = contentWordsOfFolded(context.fold(statement.summary));
  contentWordsOfFolded(context.fold(statement.quote), words);
  for (const word of cellWords) words.delete(word);
  return words;
}

function wordsOfCell(context: ReviewContext, statement: Statement): Set<string> {
  const party = context.dataset.parties.find((each) => each.id === statement.partyId);
  const names = `${party?.name ?? ""} ${party?.shortName ?? ""} ${context.issues.get(statement.issueId)?.name ?? ""}`;
  return contentWordsOfFolded(context.fold(names));
}

// Returns the shared meaningful words if they are enough to call the two the same act.
function sharedWords(a: Set<string>, b: Set<string>, minimum: number): string[] | null {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return null;
  const shared = [...small].filter((word) => large.has(word));
  return shared.length / small.size >= minimum ? shared : null;
}

function isOtherSource(a: Statement, b: Statement): boolean {
  return a.sourceId !== b.sourceId;
}

export function duplicateActs(context: ReviewContext): ReviewFlag[] {
  const flags: ReviewFlag[] = [];
  for (const cell of context.cells) {
    const spans = cell.map(daySpan);
    const cellWords = wordsOfCell(context, cell[0] as Statement);
    const words = new Map<Statement, Set<string>>();
    const wordsFor = (statement: Statement) => {
      let found = words.get(statement);
      if (!found) {
        found = wordsOfStatement(context, statement, cellWords);
        words.set(statement, found);
      }
      return found;
    };
    // A statement already proposed as a duplicate is not proposed again with a third.
    const paired = new Set<Statement>();
    for (let i = 0; i < cell.length; i++) {
      const a = cell[i] as Statement;
      if (paired.has(a)) continue;
      const spanA = spans[i] as { first: number; last: number };
      const limit = Math.min(cell.length, i + 1 + MAX_NEIGHBOURS);
      for (let j = i + 1; j < limit; j++) {
        const b = cell[j] as Statement;
        const spanB = spans[j] as { first: number; last: number };
        // Cells are in date order, so once b starts past a's reach, so does every later one.
        if (spanB.first > spanA.last + CLOSE_DAYS) break;
        if (paired.has(b) || !isOtherSource(a, b)) continue;
        const isSameSpeaker =
          context.fold(a.speaker.name.trim()) === context.fold(b.speaker.name.trim());
        const minimum = isSameSpeaker ? MIN_OVERLAP : MIN_OVERLAP_OTHER_SPEAKER;
        const shared = sharedWords(wordsFor(a), wordsFor(b), minimum);
        if (!shared) continue;
        paired.add(a);
        paired.add(b);
        flags.push(duplicateFlag(a, b, shared));
        break;
      }
    }
  }
  return flags;
}

// Keeps the more exactly dated one (then the one with a quote, then the earlier in the file).
function duplicateFlag(a: Statement, b: Statement, shared: string[]): ReviewFlag {
  const rank = (statement: Statement) =>
    (statement.datePrecision === "day" ? 2 : 0) + (statement.quoteKind === "direct" ? 1 : 0);
  const [keep, drop] = rank(b) > rank(a) ? [b, a] : [a, b];
  const speakers =
    a.speaker.name === b.speaker.name ? a.speaker.name : `${a.speaker.name} and ${b.speaker.name}`;
  return {
    rule: "duplicate-act",
    statementIds: [a.id, b.id],
    message:
      `${a.id} and ${b.id} (${speakers}, from two sources, close dates) may be one act ` +
      `coded twice: keep ${keep.id} with alsoIn ["${drop.sourceId}"] and remove ${drop.id}.`,
    evidence: shared.slice(0, 12).join(", "),
  };
}
