// The quotation holding a place in the text, by binary search: quotations come from findQuotes
// in text order and never overlap, and the proposer asks this for every word it weighs (a
// linear scan made a 170 KB article take over a second).
export interface QuoteMarks {
  openAt: number;
  closeAt: number;
}

export function quoteAt<T extends QuoteMarks>(quotes: readonly T[], at: number): T | undefined {
  let low = 0;
  let high = quotes.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const quote = quotes[middle];
    if (!quote) return undefined;
    if (at < quote.openAt) high = middle - 1;
    else if (at >= quote.closeAt) low = middle + 1;
    else return quote;
  }
  return undefined;
}
