// Where the statements already coded from an article stand in its text: at their recorded
// place when it still holds the quote, else where the quote is found (white space folded).
import { findQuote } from "../edit/quoteCheck";
import type { Statement } from "../schema";

export interface CodedPassage {
  start: number;
  end: number;
  statementId: string;
}

export function codedPassages(text: string, statements: readonly Statement[]): CodedPassage[] {
  const coded: CodedPassage[] = [];
  for (const statement of statements) {
    if (!statement.quote) continue;
    const place = findQuote(text, statement.quote, {
      start: statement.quoteStart,
      end: statement.quoteEnd,
    });
    if (place.ok) coded.push({ start: place.start, end: place.end, statementId: statement.id });
  }
  return coded.sort((a, b) => a.start - b.start);
}

// The coded passages that overlap [start, end).
export function codedWithin(
  coded: readonly CodedPassage[],
  start: number,
  end: number,
): CodedPassage[] {
  return coded.filter((passage) => passage.start < end && start < passage.end);
}
