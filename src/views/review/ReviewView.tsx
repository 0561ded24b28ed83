// The Review: every flag the review rules raise on the dataset shown, rule by rule, with the
// words that triggered it, whether a coder has recorded it as checked (and why), and a way to
// the statement or event and its article.
import { useId, useMemo } from "react";
import type { ReviewedFlag } from "../../domain/review/flag";
import type { Review } from "../../domain/review/reviewDataset";
import { useScope } from "../../state/useScope";
import { RuleGroup } from "./RuleGroup";
import { useReview } from "./useReview";
import "./ReviewView.css";

export function ReviewView() {
  const headingId = useId();
  const model = useReview();
  const statementCount = useScope().dataset.statements.length;
  const groups = useMemo(() => (model ? groupByRule(model.review.flags) : []), [model]);
  return (
    <section className="review-view" aria-labelledby={headingId}>
      <h2 id={headingId}>Review</h2>
      <p className="review-lead" role="status">
        {model
          ? countText(model.review)
          : `Reviewing ${statementCount.toLocaleString("en-GB")} statements…`}
      </p>
      {model && model.review.unmatched.length > 0 && (
        <p className="review-unmatched">{unmatchedText(model.review.unmatched)}</p>
      )}
      <p className="review-intro">
        Each rule looks for a kind of mistake any coder makes (the same act coded twice, a standing
        position dated as new, words the coding does not carry) in the whole dataset, whatever the
        filters show. A flag is a question to check against the article, not a verdict: one a coder
        has checked and kept is recorded in the dataset’s <code>meta.reviewed</code> with its
        reason, and shown here as resolved. <code>npm run review -- file.json</code> prints the same
        list.
      </p>
      {model &&
        groups.map(([rule, flags]) => (
          <RuleGroup key={rule} rule={rule} flags={flags} model={model} />
        ))}
    </section>
  );
}

function countText(review: Review): string {
  const count = review.flags.length;
  if (count === 0) return "No rule flags anything in this dataset.";
  const resolved = count - review.unresolved;
  return `${count} ${count === 1 ? "flag" : "flags"}: ${review.unresolved} unresolved, ${resolved} resolved.`;
}

function unmatchedText(unmatched: readonly number[]): string {
  const what =
    unmatched.length === 1
      ? "1 resolution recorded in meta.reviewed matches no flag"
      : `${unmatched.length} resolutions recorded in meta.reviewed match no flag`;
  const where = unmatched.map((at) => `meta.reviewed[${at}]`).join(", ");
  return `${what} (the data was mended, or the flag’s statements changed): ${where}.`;
}

// The flags come in rule order; this cuts them into one run per rule.
function groupByRule(
  flags: readonly ReviewedFlag[],
): Array<[ReviewedFlag["rule"], ReviewedFlag[]]> {
  const groups: Array<[ReviewedFlag["rule"], ReviewedFlag[]]> = [];
  for (const flag of flags) {
    const last = groups[groups.length - 1];
    if (last && last[0] === flag.rule) last[1].push(flag);
    else groups.push([flag.rule, [flag]]);
  }
  return groups;
}
