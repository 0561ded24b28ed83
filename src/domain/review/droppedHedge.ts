// A hedge the article puts near the quote ("reportedly", "according to") that the summary
// drops: the summary then states as fact what the article only reports.
import { findCue, HEDGE_CUES, SUMMARY_HEDGES } from "./cues";
import type { ReviewFlag } from "./flag";
import type { ReviewContext } from "./reviewContext";

export function droppedHedge(context: ReviewContext): ReviewFlag[] {
  const flags: ReviewFlag[] = [];
  for (const statement of context.dataset.statements) {
    if (findCue(context.fold(statement.summary), SUMMARY_HEDGES) !== null) continue;
    const near = context.nearQuote(statement);
    const found = [
      { where: "The quote", cue: findCue(context.fold(statement.quote), HEDGE_CUES) },
      { where: "The article near the quote", cue: findCue(near, HEDGE_CUES) },
    ].find((each) => each.cue !== null);
    if (!found) continue;
    flags.push({
      rule: "dropped-hedge",
      statementIds: [statement.id],
      message: `${found.where} of ${statement.id} says “${found.cue}”, but its summary states it without that distance.`,
      evidence: found.cue ?? "",
    });
  }
  return flags;
}
