// What a review rule reports: one flag per statement, event, group of them or stance it finds
// suspect, with the words that triggered it, so a coder can judge it against the article.
import type { ReviewRuleId } from "./ruleIds";

export interface ReviewFlag {
  rule: ReviewRuleId;
  // What the flag is about: statements, events, or (scale smells) an issue and its stances.
  statementIds?: string[];
  eventIds?: string[];
  issueId?: string;
  stanceIds?: string[];
  // One sentence saying what looks wrong and what to check.
  message: string;
  // The words (or, for the structural rules, the facts) that triggered the flag.
  evidence: string;
}

// A flag with whether a coder has recorded it as checked and kept (meta.reviewed).
export interface ReviewedFlag extends ReviewFlag {
  resolved: boolean;
  // The recorded reason; present when resolved.
  reason?: string;
}
