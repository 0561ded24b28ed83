// Where a source carries its article's text: a quote the text does not hold (the verbatim
// rule, as quoteCheck.ts reads it), and a quote without its place (quoteStart/quoteEnd), which
// the reader needs to show the quote in its article.
import type { ReviewFlag } from "./flag";
import type { ReviewContext } from "./reviewContext";

export function quotePlaces(context: ReviewContext): ReviewFlag[] {
  const flags: ReviewFlag[] = [];
  for (const statement of context.dataset.statements) {
    const place = context.quotePlace(statement);
    if (place === null) continue;
    const quote = statement.quote ?? "";
    if (!place.ok)
      flags.push({
        rule: "quote-not-in-text",
        statementIds: [statement.id],
        message: `${statement.id}'s quote is not in the text of ${statement.sourceId}: copy it character for character.`,
        evidence: quote,
      });
    else if (statement.quoteStart === undefined)
      flags.push({
        rule: "quote-without-place",
        statementIds: [statement.id],
        message: `${statement.id}'s quote stands in the text of ${statement.sourceId} at ${place.start}–${place.end}, but has no quoteStart and quoteEnd.`,
        evidence: quote,
      });
  }
  return flags;
}
