// A standing position coded as stated: words such as "has repeatedly" or "insists" say the
// position was held before the day it is dated, so a chart must not draw it as a move that day
// (dateBasis "standing"). Looked for in the quote, the summary and the article near the quote.

import { findCue, STANDING_CUES } from "./cues";
import type { ReviewFlag } from "./flag";
import { type ReviewContext, statementTexts } from "./reviewContext";

export function standingCue(context: ReviewContext): ReviewFlag[] {
  const flags: ReviewFlag[] = [];
  for (const statement of context.dataset.statements) {
    if (statement.dateBasis === "standing") continue;
    for (const { where, folded } of statementTexts(context, statement)) {
      const cue = findCue(folded, STANDING_CUES);
      if (cue === null) continue;
      flags.push({
        rule: "standing-cue",
        statementIds: [statement.id],
        message:
          `${statement.id} is coded as stated on ${statement.date}, but ${where} says “${cue}”: ` +
          `if it reports a standing position, set dateBasis to "standing".`,
        evidence: cue,
      });
      break;
    }
  }
  return flags;
}
