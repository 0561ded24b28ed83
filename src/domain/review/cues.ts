// The word lists the review looks for, each a pattern with word boundaries so "once" does not
// fire inside "ounces". Patterns are matched on text folded by foldText (lower case, straight
// apostrophes).
import { foldText } from "./words";

export type CueList = readonly RegExp[];

// A standing position reported, not a new act of stating (issue 20: s058 "Russia's insistence").
export const STANDING_CUES: CueList = [
  /\bha(?:s|ve) repeatedly\b/,
  /\brepeatedly\b/,
  /\bmaintains?\b/,
  /\binsists\b/,
  /\binsistence\b/,
  /\bha(?:s|ve) long\b/,
  /\bha(?:s|ve) (?:long |repeatedly )?called for\b/,
  /\bpreviously\b/,
];

// Words by which an article keeps its distance from a claim.
export const HEDGE_CUES: CueList = [
  /\breportedly\b/,
  /\bclaim(?:s|ed)?\b/,
  /\baccording to\b/,
  /\balleged(?:ly)?\b/,
];

// A summary keeps the distance if it says any of these (or its own "according to").
export const SUMMARY_HEDGES: CueList = [
  ...HEDGE_CUES,
  /\breported(?:ly)?\b/,
  /\bsaid to\b/,
  /\bunconfirmed\b/,
];

export const FIRMNESS_CUES: CueList = [
  /\bred lines?\b/,
  /\bnon-? ?negotiable\b/,
  /\b(?:will|would|shall) not accept\b/,
  /\bwon't accept\b/,
  /\bnever\b/,
];

// "once" as a condition, not "once again", "at once", "never once" or "once more".
export const CONDITION_CUES: CueList = [
  /\bonly if\b/,
  /(?<!\b(?:at|never) )\bonce\b(?! (?:again|more|before)\b)/,
  /\bin such a scenario\b/,
  /\bprovided that\b/,
  /\bon (?:the )?condition\b/,
];

export const RANGE_CUES: CueList = [
  /\bcould accept\b/,
  /\bready to consider\b/,
  /\bin such a scenario\b/,
  /\bcompromises?\b/,
];

// Returns the first cue of `cues` found in `text`, as written there, or null.
export function findCue(text: string | null | undefined, cues: CueList): string | null {
  if (!text) return null;
  const folded = foldText(text);
  let best: { at: number; length: number } | null = null;
  for (const cue of cues) {
    const match = cue.exec(folded);
    if (match && (best === null || match.index < best.at))
      best = { at: match.index, length: match[0].length };
  }
  // foldText keeps one character per character for the cues' letters, so the offsets hold
  // for the original text too (accents decomposed before a cue would shift them, hence the
  // guard that falls back to the folded words).
  if (!best) return null;
  const original = text.slice(best.at, best.at + best.length);
  return foldText(original) === folded.slice(best.at, best.at + best.length)
    ? original
    : folded.slice(best.at, best.at + best.length);
}
