// The review's rules by id, in the order the Review lists them. Kept apart from the rules
// themselves so the schema can validate a recorded resolution's rule without loading them.
export const REVIEW_RULE_IDS = [
  "duplicate-act",
  "standing-cue",
  "account-moves-position",
  "copied-summary",
  "dropped-hedge",
  "unsupported-precision",
  "event-day-known",
  "event-borrowed-words",
  "firmness-cue",
  "condition-cue",
  "range-cue",
  "unused-stance",
  "first-stance-untaken",
  "alternating-stances",
  "quote-not-in-text",
  "quote-without-place",
] as const;

export type ReviewRuleId = (typeof REVIEW_RULE_IDS)[number];
