// Paragraph and sentence bounds around a place in an article, reading quotations as opaque: a
// full stop inside "…" does not end the sentence that reports it, unless the quotation closes the
// sentence ('…for America.” He added').

import { quoteAt } from "./quoteAt";

export interface Bounds {
  start: number;
  end: number;
}

interface QuoteMarks {
  openAt: number;
  closeAt: number;
}

export function paragraphAt(text: string, at: number): Bounds {
  const start = text.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
  const next = text.indexOf("\n", at);
  return { start, end: next < 0 ? text.length : next };
}

// Abbreviations whose full stop does not end a sentence ("U.S. President", "Gen. Kellogg").
const ABBREVIATION =
  /(?:\b\p{Lu}|\bMr|\bMrs|\bMs|\bDr|\bGen|\bSen|\bGov|\bLt|\bCol|\bSt|\bRep|\bJan|\bFeb|\bMar|\bApr|\bJun|\bJul|\bAug|\bSept?|\bOct|\bNov|\bDec|\bNo)$/u;

function endsSentenceAt(text: string, at: number): boolean {
  const char = text[at] ?? "";
  if (!".!?".includes(char) || char === "") return false;
  if (char === "." && ABBREVIATION.test(text.slice(Math.max(0, at - 6), at))) return false;
  const rest = text.slice(at + 1, at + 4);
  return /^["'”’)]*(?:\s|$)/.test(rest);
}

// The sentence holding the quotation at [openAt, closeAt), within its paragraph.
export function sentenceAround(
  text: string,
  quote: QuoteMarks,
  quotes: readonly QuoteMarks[],
): Bounds {
  const paragraph = paragraphAt(text, quote.openAt);
  const inside = (at: number) => quoteAt(quotes, at);
  let start = paragraph.start;
  for (let at = quote.openAt - 1; at >= paragraph.start; at--) {
    const other = inside(at);
    if (other) {
      // A quotation ending in a full stop and followed by a capital ends a sentence.
      if (
        /[.!?]$/.test(text.slice(other.openAt + 1, other.closeAt - 1)) &&
        other.closeAt <= quote.openAt
      ) {
        const rest = text.slice(other.closeAt, quote.openAt);
        if (/^\s*$/.test(rest) || /^\s+\p{Lu}/u.test(rest)) {
          start = other.closeAt;
          break;
        }
      }
      at = other.openAt;
      continue;
    }
    if (endsSentenceAt(text, at)) {
      start = at + 1;
      break;
    }
  }
  // A quotation may run over a hard line break: its sentence ends in the paragraph it ends in.
  let end = paragraphAt(text, quote.closeAt).end;
  const own = text.slice(quote.openAt + 1, quote.closeAt - 1);
  if (/[.!?]$/.test(own) && /^\s*(?:$|[\p{Lu}“"‘'«])/u.test(text.slice(quote.closeAt, end))) {
    end = quote.closeAt;
  } else {
    for (let at = quote.closeAt; at < end; at++) {
      const other = inside(at);
      if (other) {
        at = other.closeAt - 1;
        continue;
      }
      if (endsSentenceAt(text, at)) {
        end = at + 1;
        break;
      }
    }
  }
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  return { start, end };
}
