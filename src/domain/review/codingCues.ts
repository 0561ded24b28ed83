// Words in the quote or the summary that the coding does not carry: firmness words with
// another firmness (or none), condition words with no conditions, flexibility words with no
// acceptable range. Each is a place where the deal space shows less (or other) than the text.
import type { Statement } from "../schema";
import { CONDITION_CUES, type CueList, FIRMNESS_CUES, findCue, RANGE_CUES } from "./cues";
import type { ReviewFlag } from "./flag";
import type { ReviewContext } from "./reviewContext";
import type { ReviewRuleId } from "./ruleIds";

function cueIn(
  context: ReviewContext,
  statement: Statement,
  cues: CueList,
): { where: string; cue: string } | null {
  const inQuote = findCue(context.fold(statement.quote), cues);
  if (inQuote !== null) return { where: "The quote", cue: inQuote };
  const inSummary = findCue(context.fold(statement.summary), cues);
  return inSummary === null ? null : { where: "The summary", cue: inSummary };
}

function cueRule(
  rule: ReviewRuleId,
  cues: CueList,
  isCoded: (statement: Statement) => boolean,
  advice: (statement: Statement) => string,
) {
  return (context: ReviewContext): ReviewFlag[] => {
    const flags: ReviewFlag[] = [];
    for (const statement of context.dataset.statements) {
      if (isCoded(statement)) continue;
      const found = cueIn(context, statement, cues);
      if (!found) continue;
      flags.push({
        rule,
        statementIds: [statement.id],
        message: `${found.where} of ${statement.id} says “${found.cue}”, ${advice(statement)}`,
        evidence: found.cue,
      });
    }
    return flags;
  };
}

export const firmnessCue = cueRule(
  "firmness-cue",
  FIRMNESS_CUES,
  (statement) => statement.firmness === "red-line",
  (statement) =>
    `but its firmness is ${statement.firmness ? `“${statement.firmness}”` : "not coded"}: is it a red line?`,
);

export const conditionCue = cueRule(
  "condition-cue",
  CONDITION_CUES,
  (statement) => (statement.conditions ?? "").trim() !== "",
  () => "but it has no conditions: write the condition the words set.",
);

export const rangeCue = cueRule(
  "range-cue",
  RANGE_CUES,
  (statement) => Boolean(statement.acceptable),
  () => "but it has no acceptable range: code the stretch the words signal.",
);
