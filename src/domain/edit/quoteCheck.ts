// The verbatim rule: a quote whose source has text must stand in that text, runs of white
// space folded (a line break in the article and a space in the quote are the same words).
import type { Dataset, Source, Statement } from "../schema";

export const QUOTE_NOT_IN_TEXT = "The quote is not in the article's text";

export type QuotePlace = { ok: true; start: number; end: number } | { ok: false; reason: string };

export interface FoldedText {
  folded: string;
  // original offset of each character of `folded`, plus one past the end.
  origin: number[];
}

// Folds every run of white space to one space and remembers where each character came from.
// With `isCaseFolded`, letters are lower-cased too (those whose lower case is one character,
// so offsets still line up).
export function foldWhiteSpace(text: string, isCaseFolded = false): FoldedText {
  let folded = "";
  const origin: number[] = [];
  let isInSpace = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? "";
    if (/\s/.test(char)) {
      if (!isInSpace) {
        folded += " ";
        origin.push(i);
      }
      isInSpace = true;
    } else {
      const lower = isCaseFolded ? char.toLowerCase() : char;
      folded += lower.length === char.length ? lower : char;
      origin.push(i);
      isInSpace = false;
    }
  }
  origin.push(text.length);
  return { folded, origin };
}

function fold(quote: string): string {
  return quote.trim().replace(/\s+/g, " ");
}

// Where `quote` stands in `text`: at [hintStart, hintEnd) if it is there, else its first place.
export function findQuote(
  text: string,
  quote: string,
  hint?: { start?: number; end?: number },
  foldedText: FoldedText = foldWhiteSpace(text),
): QuotePlace {
  const wanted = fold(quote);
  if (wanted === "") return { ok: false, reason: QUOTE_NOT_IN_TEXT };
  const { start, end } = hint ?? {};
  if (start !== undefined && end !== undefined && fold(text.slice(start, end)) === wanted)
    return { ok: true, start, end };
  const at = foldedText.folded.indexOf(wanted);
  if (at < 0) return { ok: false, reason: QUOTE_NOT_IN_TEXT };
  const last = foldedText.origin[at + wanted.length - 1] ?? 0;
  return { ok: true, start: foldedText.origin[at] ?? 0, end: last + 1 };
}

// Up to `limit` places where `query` stands in `text`, ignoring case and how white space runs:
// what "Find in text" offers to quote.
export function findPlaces(
  text: string,
  query: string,
  limit: number,
): Array<{ start: number; end: number }> {
  const wanted = fold(query).toLowerCase();
  if (wanted === "") return [];
  const { folded, origin } = foldWhiteSpace(text, true);
  const places: Array<{ start: number; end: number }> = [];
  let at = folded.indexOf(wanted);
  while (at >= 0 && places.length < limit) {
    places.push({ start: origin[at] ?? 0, end: (origin[at + wanted.length - 1] ?? 0) + 1 });
    at = folded.indexOf(wanted, at + 1);
  }
  return places;
}

export type QuoteStatus = "verified" | "not-found" | "no-source-text";

export interface QuoteCheck {
  statementId: string;
  status: QuoteStatus;
}

// Every quoted statement of the dataset checked against its source's text. Each source's text
// is folded once, however many quotes it holds.
export function checkDatasetQuotes(dataset: Pick<Dataset, "sources" | "statements">): QuoteCheck[] {
  const sources = new Map<string, Source>(dataset.sources.map((source) => [source.id, source]));
  const foldedBySource = new Map<string, FoldedText>();
  const checks: QuoteCheck[] = [];
  for (const statement of dataset.statements) {
    if (statement.quote === null) continue;
    const text = sources.get(statement.sourceId)?.text;
    if (typeof text !== "string" || text === "") {
      checks.push({ statementId: statement.id, status: "no-source-text" });
      continue;
    }
    let folded = foldedBySource.get(statement.sourceId);
    if (!folded) {
      folded = foldWhiteSpace(text);
      foldedBySource.set(statement.sourceId, folded);
    }
    const place = findQuote(text, statement.quote, hintOf(statement), folded);
    checks.push({ statementId: statement.id, status: place.ok ? "verified" : "not-found" });
  }
  return checks;
}

function hintOf(statement: Statement) {
  return { start: statement.quoteStart, end: statement.quoteEnd };
}

// Whether any source carries text, i.e. whether the check has anything to say.
export function hasSourceTexts(dataset: Pick<Dataset, "sources">): boolean {
  return dataset.sources.some((source) => typeof source.text === "string" && source.text !== "");
}
