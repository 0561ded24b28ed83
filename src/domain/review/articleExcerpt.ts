// The part of an article the Review shows beside a flag: the words around the quote with the
// quote marked, so a coder checks the flag against the article without leaving the list.
import { findQuote } from "../edit/quoteCheck";

export interface ArticleExcerpt {
  before: string;
  quote: string; // "" when there is no quote, or the text does not hold it
  after: string;
  isCutBefore: boolean;
  isCutAfter: boolean;
}

// About two paragraphs either side: enough to see the scene an article sets for a quote.
export const EXCERPT_CHARS = 1_200;

// Cuts at a space within the last 40 characters, so no word is shown in half.
function cutBefore(text: string, from: number): number {
  if (from <= 0) return 0;
  const space = text.indexOf(" ", from);
  return space >= 0 && space - from < 40 ? space + 1 : from;
}

function cutAfter(text: string, to: number): number {
  if (to >= text.length) return text.length;
  const space = text.lastIndexOf(" ", to);
  return space >= 0 && to - space < 40 ? space : to;
}

// Returns the excerpt of `text` around `quote` (placed by its offsets when they hold), or the
// article's start when it has no quote or the text does not hold it.
export function articleExcerpt(
  text: string,
  quote: string | null,
  hint?: { start?: number; end?: number },
  radius = EXCERPT_CHARS,
): ArticleExcerpt {
  const place = quote ? findQuote(text, quote, hint) : null;
  if (!place?.ok) {
    const end = cutAfter(text, 2 * radius);
    return {
      before: text.slice(0, end),
      quote: "",
      after: "",
      isCutBefore: false,
      isCutAfter: end < text.length,
    };
  }
  const from = cutBefore(text, place.start - radius);
  const to = cutAfter(text, place.end + radius);
  return {
    before: text.slice(from, place.start),
    quote: text.slice(place.start, place.end),
    after: text.slice(place.end, to),
    isCutBefore: from > 0,
    isCutAfter: to < text.length,
  };
}
