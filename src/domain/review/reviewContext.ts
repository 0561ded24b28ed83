// What the rules share, built once per review: lookups, each party's statements on each issue
// in date order, each source's statements, and where each quote stands in its article's text.
// Rules read these indexes instead of scanning the dataset against itself, so a review of
// 100,000 statements stays a few passes long.
import { type FoldedText, findQuote, foldWhiteSpace } from "../edit/quoteCheck";
import type { Dataset, Issue, NegotiationEvent, Source, Statement } from "../schema";
import { indexStatements } from "../statementIndex";
import { foldText } from "./words";

// How much of the article either side of a quote counts as "near" it: about a paragraph, where
// an article sets the scene ("on Monday", "reportedly") for the words it quotes.
export const NEAR_QUOTE_CHARS = 300;

export interface ReviewContext {
  readonly dataset: Dataset;
  readonly issues: ReadonlyMap<string, Issue>;
  readonly sources: ReadonlyMap<string, Source>;
  // One list per party and issue, in date order.
  readonly cells: ReadonlyArray<readonly Statement[]>;
  // sourceId → statements citing it (sourceId) or naming it (alsoIn), in date order.
  readonly bySource: ReadonlyMap<string, readonly Statement[]>;
  readonly events: readonly NegotiationEvent[];
  // The source's text if it carries one, else null.
  textOf(sourceId: string): string | null;
  // Where the quote stands in its source's text: null when the source has no text or the
  // statement no quote; { ok: false } when the text does not hold it.
  quotePlace(statement: Statement): { ok: true; start: number; end: number } | { ok: false } | null;
  // The article's words around the quote (NEAR_QUOTE_CHARS either side), folded by foldText
  // (worked out once per statement), or null.
  nearQuote(statement: Statement): string | null;
  // The text folded by foldText, worked out once per distinct text however many rules ask
  // ("" for none): on 100k statements, folding each quote and summary per rule took a second.
  fold(text: string | null | undefined): string;
  // How a message names a party and a stance: its name or label, else (a dangling id) the id.
  partyName(partyId: string): string;
  stanceLabel(issueId: string, stanceId: string | null): string;
}

export function createReviewContext(dataset: Dataset): ReviewContext {
  const index = indexStatements(dataset);
  const cells: Statement[][] = [];
  for (const byParty of index.byIssue.values())
    for (const cell of byParty.values()) cells.push(cell as Statement[]);
  const bySource = new Map<string, Statement[]>();
  const addTo = (sourceId: string, statement: Statement) => {
    const list = bySource.get(sourceId);
    if (list) list.push(statement);
    else bySource.set(sourceId, [statement]);
  };
  for (const statement of index.byDate) {
    addTo(statement.sourceId, statement);
    for (const other of statement.alsoIn ?? []) addTo(other, statement);
  }
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const folded = new Map<string, FoldedText>();
  const places = new Map<string, ReturnType<ReviewContext["quotePlace"]>>();
  const textOf = (sourceId: string) => {
    const text = sources.get(sourceId)?.text;
    return typeof text === "string" && text !== "" ? text : null;
  };
  const quotePlace: ReviewContext["quotePlace"] = (statement) => {
    const text = textOf(statement.sourceId);
    if (text === null || statement.quote === null) return null;
    const known = places.get(statement.id);
    if (known !== undefined) return known;
    const place = exactPlace(text, statement) ?? foldedPlace(text, statement);
    places.set(statement.id, place);
    return place;
  };
  // The quote where its offsets say, or where it first stands character for character: most
  // quotes, found without folding the whole article (which on 100k quotes was most of the time).
  const exactPlace = (text: string, statement: Statement) => {
    const quote = statement.quote ?? "";
    const { quoteStart: start, quoteEnd: end } = statement;
    if (start !== undefined && end !== undefined && text.slice(start, end) === quote)
      return { ok: true as const, start, end };
    const at = quote === "" ? -1 : text.indexOf(quote);
    return at < 0 ? null : { ok: true as const, start: at, end: at + quote.length };
  };
  // Else the verbatim rule as quoteCheck.ts reads it (runs of white space folded).
  const foldedPlace = (text: string, statement: Statement) => {
    let foldedText = folded.get(statement.sourceId);
    if (!foldedText) {
      foldedText = foldWhiteSpace(text);
      folded.set(statement.sourceId, foldedText);
    }
    const hint = { start: statement.quoteStart, end: statement.quoteEnd };
    const found = findQuote(text, statement.quote ?? "", hint, foldedText);
    return found.ok ? found : { ok: false as const };
  };
  const foldedTexts = new Map<string, string>();
  const nearQuotes = new Map<string, string | null>();
  const fold = (text: string | null | undefined) => {
    if (!text) return "";
    let found = foldedTexts.get(text);
    if (found === undefined) {
      found = foldText(text);
      foldedTexts.set(text, found);
    }
    return found;
  };
  const issues = new Map(dataset.issues.map((issue) => [issue.id, issue]));
  const parties = new Map(dataset.parties.map((party) => [party.id, party.name]));
  return {
    dataset,
    fold,
    partyName: (partyId) => parties.get(partyId) ?? partyId,
    stanceLabel: (issueId, stanceId) =>
      stanceId === null
        ? "no clear stance"
        : (issues.get(issueId)?.stances.find((stance) => stance.id === stanceId)?.label ??
          stanceId),
    issues,
    sources,
    cells,
    bySource,
    events: dataset.events ?? [],
    textOf,
    quotePlace,
    nearQuote(statement) {
      const known = nearQuotes.get(statement.id);
      if (known !== undefined) return known;
      const place = quotePlace(statement);
      const text = textOf(statement.sourceId);
      const near =
        !place?.ok || text === null
          ? null
          : foldText(
              text.slice(
                Math.max(0, place.start - NEAR_QUOTE_CHARS),
                Math.min(text.length, place.end + NEAR_QUOTE_CHARS),
              ),
            );
      nearQuotes.set(statement.id, near);
      return near;
    },
  };
}

// "Ukraine's", "European allies'": a name as a possessive in a message.
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}’` : `${name}’s`;
}

// The places a rule looks for a statement's cues, folded, each with the name a message gives it.
export function statementTexts(
  context: ReviewContext,
  statement: Statement,
): Array<{ where: string; folded: string }> {
  const texts: Array<{ where: string; folded: string }> = [];
  if (statement.quote) texts.push({ where: "the quote", folded: context.fold(statement.quote) });
  texts.push({ where: "the summary", folded: context.fold(statement.summary) });
  const near = context.nearQuote(statement);
  if (near) texts.push({ where: "the article near the quote", folded: near });
  return texts;
}
