// Each rule's name as the Review and the command line show it, and what it looks for.
import type { ReviewRuleId } from "./ruleIds";

export const REVIEW_RULE_NAMES: Readonly<Record<ReviewRuleId, string>> = {
  "duplicate-act": "The same act coded twice",
  "standing-cue": "A standing position coded as stated",
  "account-moves-position": "Another party's account moves the position",
  "copied-summary": "A summary copied from the article or quote",
  "dropped-hedge": "A hedge missing from the summary",
  "unsupported-precision": "A date less precise than the article",
  "event-day-known": "An event at month precision whose day the statements give",
  "event-borrowed-words": "An event quoting another source",
  "firmness-cue": "Firmness words with another firmness",
  "condition-cue": "Condition words with no conditions",
  "range-cue": "Flexibility words with no acceptable range",
  "unused-stance": "A stance no statement uses",
  "first-stance-untaken": "An issue whose first stance no party takes",
  "alternating-stances": "A party alternating between adjacent stances",
  "quote-not-in-text": "A quote not in its article's text",
  "quote-without-place": "A quote without its place in the text",
};
