// Says whether a quote was found word for word in its source's text; nothing when the source
// carries no text to check against.
import type { QuoteStatus } from "../domain/edit/quoteCheck";

export function QuoteCheckNote({ status }: { status: QuoteStatus | null }) {
  if (status === "verified")
    return <span className="quote-check">Verified in the article's text</span>;
  if (status === "not-found")
    return <span className="quote-check quote-check-missing">Not found in the article's text</span>;
  return null;
}
