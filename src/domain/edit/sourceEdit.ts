// Editing a source as one change. Where its text changes, the quotes coded from it are looked
// for again: a quote still in the text keeps (or gets back) its exact place, so it stays
// verified; one no longer in it loses its place (the validator would refuse offsets that no
// longer mark it) and shows as not found. No statement is dropped. The analyst is told before
// saving how many verified quotes the new text would leave unverified.
import type { Dataset, Source, Statement } from "../schema";
import type { Change, ItemChange } from "./changes";
import { type FoldedText, findQuote, foldWhiteSpace } from "./quoteCheck";

export interface SourceEditPlan {
  change: Change;
  quoted: number; // statements of the source with a quote
  verified: number; // of those, how many stand in the new text
  // Statements whose quote stands in the source's current text and would not in the new.
  unverifiedIds: string[];
}

type ArticleText = { text: string; folded: FoldedText } | null;

function articleOf(text: string | null | undefined): ArticleText {
  return typeof text === "string" && text !== "" ? { text, folded: foldWhiteSpace(text) } : null;
}

function placeIn(article: ArticleText, statement: Statement & { quote: string }) {
  if (!article) return null;
  const hint = { start: statement.quoteStart, end: statement.quoteEnd };
  const place = findQuote(article.text, statement.quote, hint, article.folded);
  return place.ok ? place : null;
}

// The statement as the new text needs it, or null if it needs no change.
function replaced(
  statement: Statement & { quote: string },
  article: ArticleText,
  place: { start: number; end: number } | null,
): Statement | null {
  if (statement.quoteStart === undefined && statement.quoteEnd === undefined) return null;
  const next: Statement = { ...statement };
  delete next.quoteStart;
  delete next.quoteEnd;
  if (!place || !article) return next;
  // Kept as the article has it (its line breaks and spaces), so the offsets hold it exactly,
  // as the statement form does.
  const exact = article.text.slice(place.start, place.end);
  if (
    place.start === statement.quoteStart &&
    place.end === statement.quoteEnd &&
    exact === statement.quote
  )
    return null;
  return { ...next, quote: exact, quoteStart: place.start, quoteEnd: place.end };
}

// The change that makes `next` the source of its id, with its statements' quotes re-placed,
// or null if the dataset has no source of that id.
export function planSourceEdit(
  dataset: Pick<Dataset, "sources" | "statements">,
  next: Source,
): SourceEditPlan | null {
  const current = dataset.sources.find((source) => source.id === next.id);
  if (!current) return null;
  const isTextChanged = (current.text ?? null) !== (next.text ?? null);
  const oldArticle = articleOf(current.text);
  const newArticle = isTextChanged ? articleOf(next.text) : oldArticle;
  const parts: ItemChange[] = [{ op: "replace", collection: "sources", item: next }];
  const unverifiedIds: string[] = [];
  let quoted = 0;
  let verified = 0;
  for (const statement of dataset.statements) {
    if (statement.sourceId !== next.id || statement.quote === null) continue;
    const withQuote = statement as Statement & { quote: string };
    quoted++;
    const place = placeIn(newArticle, withQuote);
    if (place) verified++;
    else if (placeIn(oldArticle, withQuote)) unverifiedIds.push(statement.id);
    if (!isTextChanged) continue;
    const item = replaced(withQuote, newArticle, place);
    if (item) parts.push({ op: "replace", collection: "statements", item });
  }
  const [only] = parts;
  const change: Change = parts.length === 1 && only ? only : { op: "batch", changes: parts };
  return { change, quoted, verified, unverifiedIds };
}
