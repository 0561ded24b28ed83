// A date less precise than its article: a statement dated to the month (or year) while the
// quote, the summary or the article near the quote names the weekday or the day, so the chart
// draws the move on the 1st of the month instead of the day the article gives.
import { findDayWords } from "./dayWords";
import type { ReviewFlag } from "./flag";
import { type ReviewContext, statementTexts } from "./reviewContext";

export function unsupportedPrecision(context: ReviewContext): ReviewFlag[] {
  const flags: ReviewFlag[] = [];
  for (const statement of context.dataset.statements) {
    if (statement.datePrecision === "day") continue;
    for (const { where, folded } of statementTexts(context, statement)) {
      const words = findDayWords(folded);
      if (words === null) continue;
      flags.push({
        rule: "unsupported-precision",
        statementIds: [statement.id],
        message:
          `${statement.id} is dated to the ${statement.datePrecision} (${statement.date}), but ` +
          `${where} gives “${words}”: resolve the day, or say in dateNote why it cannot be.`,
        evidence: words,
      });
      break;
    }
  }
  return flags;
}
