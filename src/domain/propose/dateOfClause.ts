// The date of a quoted passage, from the clause that reports it: 'Peskov told reporters on
// Friday', 'On Thursday, Lavrov said', 'Trump said during a Jan. 9 dinner'. A date of another
// clause ('Zelenskyy, who has called for a ceasefire since the invasion in February 2022, said')
// or inside a quotation is not the statement's. Standing cues ('has called for', 'maintains')
// propose a standing position at the article's date. Without a published date, nothing.

import { type FoundExpression, findDateExpressions } from "../edit/resolveDate";
import type { DateBasis, DatePrecision } from "../schema";
import { quoteAt } from "./quoteAt";

// Finds the date expressions of a stretch of text; Parley's own resolver unless another is
// being measured against it (scripts/propose-chrono.ts).
export type DateFinder = (text: string, published: string | null) => FoundExpression[];

export interface DateOfClause {
  date: string;
  datePrecision: DatePrecision;
  dateBasis: DateBasis;
  dateNote: string;
  evidence: string;
}

// Openers of a sentence's first clause that set the scene rather than name the speaker.
const SCENE_OPENER =
  /^\s*(?:On|In|At|During|Speaking|After|Following|Earlier|Later|Last|Yesterday|Addressing|Asked|Talking|Late|Early|Writing|Before|Hours|Days)\b/;
const TRAILING_PHRASE = /^\s*(?:in|at|during|on|after|while|speaking|when|according)\b/;
// A date a preposition ties to something other than the speaking ('since June', 'until May').
const TIED_TO_OTHER = /\b(?:since|until|till|before|after|by|from|of|between|through)\s+$/i;
export const STANDING_CUE =
  /\b(?:ha(?:s|ve) (?:long |repeatedly |consistently |always |previously )*(?:called for|insisted|maintained|demanded)|ha(?:s|ve) (?:long|repeatedly|consistently)\b|maintains|insists|continues to (?:insist|demand|say|call)|long-?standing)\b/i;

export interface ClauseSpan {
  sentenceStart: number;
  sentenceEnd: number;
  verbAt: number | null; // the attribution's verb, if in this sentence
}

// The part of the sentence that is the attribution's clause: the comma-bounded stretch around
// the verb, with a scene-setting opener of the sentence ('On Thursday, …').
function clauseAround(
  text: string,
  span: ClauseSpan,
  quotes: ReadonlyArray<{ openAt: number; closeAt: number }>,
): Array<[number, number]> {
  const { sentenceStart, sentenceEnd, verbAt } = span;
  if (verbAt === null || verbAt < sentenceStart || verbAt >= sentenceEnd) return [];
  const isInQuote = (at: number) => quoteAt(quotes, at) !== undefined;
  const boundaries: number[] = [];
  for (let at = sentenceStart; at < sentenceEnd; at++) {
    const char = text[at];
    if (
      (char === "," ||
        char === ";" ||
        char === "—" ||
        char === "–" ||
        char === "(" ||
        char === ")") &&
      !isInQuote(at)
    )
      boundaries.push(at);
  }
  const from = Math.max(
    sentenceStart,
    ...boundaries.filter((at) => at < verbAt).map((at) => at + 1),
  );
  const to = Math.min(sentenceEnd, ...boundaries.filter((at) => at > verbAt));
  const pieces: Array<[number, number]> = [[from, to]];
  // '…," Velt said, in remarks her office published last week': a trailing phrase of the clause.
  const next = boundaries.find((at) => at > to) ?? sentenceEnd;
  if (to < sentenceEnd && TRAILING_PHRASE.test(text.slice(to + 1, next)))
    pieces.push([to + 1, next]);
  const first = boundaries[0];
  if (first !== undefined && first < from && SCENE_OPENER.test(text.slice(sentenceStart, first))) {
    const second = boundaries.find((at) => at > first) ?? sentenceEnd;
    // Only when the opener leads straight into the speaker's clause.
    if (second >= from - 1) pieces.unshift([sentenceStart, first]);
  }
  return pieces;
}

export function dateInClause(
  text: string,
  span: ClauseSpan,
  quotes: ReadonlyArray<{ openAt: number; closeAt: number }>,
  published: string,
  findDates: DateFinder = findDateExpressions,
): FoundExpression | null {
  for (const [from, to] of clauseAround(text, span, quotes)) {
    for (const found of findDates(text.slice(from, to), published)) {
      const at = from + found.start;
      if (quoteAt(quotes, at)) continue;
      if (TIED_TO_OTHER.test(text.slice(Math.max(0, at - 12), at))) continue;
      return { ...found, start: at, end: at + found.end - found.start };
    }
  }
  return null;
}

// Every date expression of the stretch outside quotations, latest first, for a passage whose own
// clause says nothing ('“…,” Putin said.' after 'During his remarks at Monday's meeting').
export function datesBefore(
  text: string,
  from: number,
  to: number,
  quotes: ReadonlyArray<{ openAt: number; closeAt: number }>,
  published: string,
  findDates: DateFinder = findDateExpressions,
): FoundExpression[] {
  return findDates(text.slice(from, to), published)
    .map((found) => ({ ...found, start: from + found.start, end: from + found.end }))
    .filter((found) => !quoteAt(quotes, found.start))
    .filter((found) => !TIED_TO_OTHER.test(text.slice(Math.max(0, found.start - 12), found.start)))
    .reverse();
}
