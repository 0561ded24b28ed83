// One rule's flags, a page at a time (a large dataset can raise thousands).
import { useId, useState } from "react";
import type { ReviewedFlag } from "../../domain/review/flag";
import { subjectKey } from "../../domain/review/resolutionKey";
import type { ReviewRuleId } from "../../domain/review/ruleIds";
import { REVIEW_RULE_NAMES } from "../../domain/review/ruleNames";
import { ShowMoreButton } from "../../ui/ShowMoreButton";
import { FlagItem } from "./FlagItem";
import type { ReviewModel } from "./useReview";

const PAGE_SIZE = 50;
const NOUN = { singular: "flag", plural: "flags" };

interface RuleGroupProps {
  rule: ReviewRuleId;
  flags: readonly ReviewedFlag[];
  model: ReviewModel;
}

export function RuleGroup({ rule, flags, model }: RuleGroupProps) {
  const headingId = useId();
  const [shown, setShown] = useState(PAGE_SIZE);
  const unresolved = flags.filter((flag) => !flag.resolved).length;
  return (
    <section className="review-rule" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {REVIEW_RULE_NAMES[rule]}{" "}
        <span className="review-rule-count">
          ({flags.length}, {unresolved} unresolved)
        </span>
      </h3>
      <p className="review-rule-id">
        Rule <code>{rule}</code>
      </p>
      <ul className="review-flags">
        {flags.slice(0, shown).map((flag) => (
          // A rule raises one flag per subject, so the subject is the flag's key.
          <li key={subjectKey(flag)}>
            <FlagItem flag={flag} model={model} />
          </li>
        ))}
      </ul>
      <ShowMoreButton
        shown={shown}
        total={flags.length}
        pageSize={PAGE_SIZE}
        noun={NOUN}
        onShowMore={setShown}
      />
    </section>
  );
}
