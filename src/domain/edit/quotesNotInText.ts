// The import's list of quotes that do not stand in their source's text: a warning, never a
// refusal (the data is the user's). Each names the statement, its party, the start of the
// quote and the source, so the user can find the line to mend in their file.
import type { Dataset } from "../schema";
import { checkDatasetQuotes, hasSourceTexts } from "./quoteCheck";

export interface QuoteNotInText {
  statementId: string;
  party: string; // the party's name, or its id if the dataset has no such party
  quote: string; // the quote's first words, at most QUOTE_SHOWN characters
  source: string; // "Outlet, “Headline”", or the outlet alone when the source has no title
}

export interface QuotesNotInText {
  quotes: QuoteNotInText[]; // the first `limit`, in the dataset's order
  total: number;
}

// Enough of a quote to recognise it in a list; the whole quote is in the file.
const QUOTE_SHOWN = 60;

// The quote on one line, cut after its last whole word within QUOTE_SHOWN characters (the
// ellipsis included), or mid-word if its first half holds no space.
function shortQuote(quote: string): string {
  const folded = quote.trim().replace(/\s+/g, " ");
  if (folded.length <= QUOTE_SHOWN) return folded;
  const cut = folded.slice(0, QUOTE_SHOWN - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${lastSpace >= QUOTE_SHOWN / 2 ? cut.slice(0, lastSpace) : cut}…`;
}

// Every quote whose source carries text but does not hold it; the first `limit` listed in
// full, all of them counted. Null when no source carries text (there was nothing to check).
export function listQuotesNotInText(dataset: Dataset, limit = 50): QuotesNotInText | null {
  if (!hasSourceTexts(dataset)) return null;
  const missing = new Set(
    checkDatasetQuotes(dataset)
      .filter((check) => check.status === "not-found")
      .map((check) => check.statementId),
  );
  const parties = new Map(dataset.parties.map((party) => [party.id, party.name]));
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const quotes: QuoteNotInText[] = [];
  for (const statement of dataset.statements) {
    if (quotes.length === limit) break;
    if (!missing.has(statement.id)) continue;
    const source = sources.get(statement.sourceId);
    quotes.push({
      statementId: statement.id,
      party: parties.get(statement.partyId) ?? statement.partyId,
      quote: shortQuote(statement.quote ?? ""),
      source: source?.title ? `${source.outlet}, “${source.title}”` : (source?.outlet ?? ""),
    });
  }
  return { quotes, total: missing.size };
}

// The import status's words for `count` quotes missing from their texts.
export function quotesMissingNote(count: number): string {
  return count === 1
    ? "1 quote is not in its article's text, listed below"
    : `${count} quotes are not in their articles' texts, listed below`;
}
