// The word lists the review looks for, each a pattern with word boundaries so "once" does not
// fire inside "ounces". Patterns are matched on text folded by foldText (lower case, straight
// apostrophes), so a cue is reported in lower case.

// One pattern of a list's cues: a single pass finds the first cue of any of them (at one
// place, the one listed first wins).
export type CueList = RegExp;

function cueList(cues: readonly RegExp[]): CueList {
  return new RegExp(cues.map((cue) => `(?:${cue.source})`).join("|"));
}

// A standing position reported, not a new act of stating (issue 20: s058 "Russia's insistence").
export const STANDING_CUES = cueList([
  /\bha(?:s|ve) repeatedly\b/,
  /\brepeatedly\b/,
  /\bmaintains?\b/,
  /\binsists\b/,
  /\binsistence\b/,
  /\bha(?:s|ve) long\b/,
  /\bha(?:s|ve) (?:long |repeatedly )?called for\b/,
  /\bpreviously\b/,
]);

// Words by which an article keeps its distance from a claim.
const HEDGES = [/\breportedly\b/, /\bclaim(?:s|ed)?\b/, /\baccording to\b/, /\balleged(?:ly)?\b/];

export const HEDGE_CUES = cueList(HEDGES);

// A summary keeps the distance if it says any of these.
export const SUMMARY_HEDGES = cueList([
  ...HEDGES,
  /\breported(?:ly)?\b/,
  /\bsaid to\b/,
  /\bunconfirmed\b/,
]);

export const FIRMNESS_CUES = cueList([
  /\bred lines?\b/,
  /\bnon-? ?negotiable\b/,
  /\b(?:will|would|shall) not accept\b/,
  /\bwon't accept\b/,
  /\bnever\b/,
]);

// "once" as a condition, not "once again", "at once", "never once" or "once more".
export const CONDITION_CUES = cueList([
  /\bonly if\b/,
  /(?<!\b(?:at|never) )\bonce\b(?! (?:again|more|before)\b)/,
  /\bin such a scenario\b/,
  /\bprovided that\b/,
  /\bon (?:the )?condition\b/,
]);

export const RANGE_CUES = cueList([
  /\bcould accept\b/,
  /\bready to consider\b/,
  /\bin such a scenario\b/,
  /\bcompromises?\b/,
]);

// Returns the first cue of `cues` found in `folded` (text folded by foldText), or null.
export function findCue(folded: string | null | undefined, cues: CueList): string | null {
  if (!folded) return null;
  return cues.exec(folded)?.[0] ?? null;
}
