// Long lists are shown a page at a time: a source with 20,000 statements, or a dataset with
// 5,000 sources, would otherwise put hundreds of thousands of nodes in the page at once.

// How many items to show after `shown` were, when the user asks for the next page of
// `pageSize`; never more than `total`.
export function nextShownCount(shown: number, total: number, pageSize: number): number {
  return Math.min(total, Math.max(0, shown) + pageSize);
}

// The words of the "show more" button, or null when everything is shown: e.g.
// "Show 50 more statements (1,950 not shown)".
export function showMoreText(
  shown: number,
  total: number,
  pageSize: number,
  noun: { singular: string; plural: string },
): string | null {
  const hidden = total - shown;
  if (hidden <= 0) return null;
  const next = Math.min(pageSize, hidden);
  const word = next === 1 ? noun.singular : noun.plural;
  return next === hidden
    ? `Show the last ${next === 1 ? "" : `${next.toLocaleString("en-GB")} `}${word}`
    : `Show ${next.toLocaleString("en-GB")} more ${word} (${hidden.toLocaleString("en-GB")} not shown)`;
}
