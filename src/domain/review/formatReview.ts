// The review as the command line prints it: text grouped by rule, or one JSON object per flag
// (`--json`) for other tools. Pure, so the words are tested without running the command.
import type { ReviewedFlag } from "./flag";
import type { Review } from "./reviewDataset";
import { REVIEW_RULE_NAMES } from "./ruleNames";

// The flag's subject as a reader names it: "s047, s049", "e-alaska", "territory: cede".
export function flagSubject(flag: ReviewedFlag): string {
  if (flag.eventIds?.length) return flag.eventIds.join(", ");
  if (flag.statementIds?.length) return flag.statementIds.join(", ");
  return `${flag.issueId ?? ""}: ${(flag.stanceIds ?? []).join(", ")}`;
}

export function reviewSummary(file: string, review: Review): string {
  const count = review.flags.length;
  if (count === 0) return `${file}: no flags`;
  const resolved = count - review.unresolved;
  return `${file}: ${count} ${count === 1 ? "flag" : "flags"}, ${review.unresolved} unresolved, ${resolved} resolved`;
}

// Text lines: a heading per rule, then each flag's subject, message, evidence and resolution.
export function formatReviewText(file: string, review: Review): string[] {
  const lines = [reviewSummary(file, review)];
  for (const at of review.unmatched)
    lines.push(`note: meta.reviewed[${at}] matches no flag (mended, or its subject changed)`);
  let rule: string | null = null;
  for (const flag of review.flags) {
    if (flag.rule !== rule) {
      rule = flag.rule;
      lines.push("", `${REVIEW_RULE_NAMES[flag.rule]} (${flag.rule})`);
    }
    const mark = flag.resolved ? "resolved" : "UNRESOLVED";
    lines.push(`  [${mark}] ${flagSubject(flag)}: ${flag.message}`);
    lines.push(`    evidence: ${flag.evidence}`);
    if (flag.resolved) lines.push(`    reason: ${flag.reason ?? ""}`);
  }
  return lines;
}

// One JSON object per line, with the fields the issue names first.
export function formatReviewJson(review: Review): string[] {
  return review.flags.map((flag) =>
    JSON.stringify({
      rule: flag.rule,
      ...(flag.statementIds ? { statementIds: flag.statementIds } : {}),
      ...(flag.eventIds ? { eventIds: flag.eventIds } : {}),
      ...(flag.issueId !== undefined ? { issueId: flag.issueId } : {}),
      ...(flag.stanceIds ? { stanceIds: flag.stanceIds } : {}),
      message: flag.message,
      evidence: flag.evidence,
      resolved: flag.resolved,
      ...(flag.resolved ? { reason: flag.reason } : {}),
    }),
  );
}
