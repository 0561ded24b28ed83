// An event citing one source while quoting another's words (issue 20: the Alaska summit cites
// an article without "last week", which another article says). Each phrase the event's title
// or description puts in quote marks is looked for in its own source (its text, or without one
// the quotes, summaries and date notes coded from it); when that lacks it and another source
// has it, the event cites the wrong source or should say both.
import type { NegotiationEvent, Statement } from "../schema";
import type { ReviewFlag } from "./flag";
import type { ReviewContext } from "./reviewContext";
import { foldText, wordsOf } from "./words";

// 'victory plan', “logistics”: a quote mark opening after a space or bracket, closing before
// one, so the apostrophe of "Zelenskyy's" opens nothing.
const QUOTED = /(?:^|[\s(])['‘“"]([^'‘’“”"]+?)['’”"](?=$|[\s).,;:!?])/g;

export function quotedPhrases(text: string): string[] {
  const phrases: string[] = [];
  QUOTED.lastIndex = 0;
  for (let match = QUOTED.exec(text); match; match = QUOTED.exec(text))
    phrases.push((match[1] ?? "").trim());
  return phrases.filter((phrase) => phrase !== "");
}

// What a source says, as far as the dataset holds it: its text, or the words coded from it.
function sourceWords(context: ReviewContext, sourceId: string): string {
  const text = context.textOf(sourceId);
  if (text !== null) return foldText(text);
  const coded = (context.bySource.get(sourceId) ?? []).filter((s) => s.sourceId === sourceId);
  return foldText(coded.map(codedWords).join("\n"));
}

const codedWords = (statement: Statement) =>
  `${statement.quote ?? ""}\n${statement.summary}\n${statement.dateNote ?? ""}`;

export function eventBorrowedWords(context: ReviewContext): ReviewFlag[] {
  const events = context.events
    .map((event) => ({ event, phrases: quotedPhrases(`${event.title}\n${event.description}`) }))
    .filter(({ phrases }) => phrases.length > 0);
  if (events.length === 0) return [];
  const words = new Map<string, string>();
  const wordsOfSource = (sourceId: string) => {
    let found = words.get(sourceId);
    if (found === undefined) {
      found = sourceWords(context, sourceId);
      words.set(sourceId, found);
    }
    return found;
  };
  const finder = createSourceFinder(context);
  const flags: ReviewFlag[] = [];
  for (const { event, phrases } of events) {
    for (const phrase of phrases) {
      const folded = foldText(phrase);
      if (wordsOfSource(event.sourceId).includes(folded)) continue;
      const other = finder(folded, event.sourceId, wordsOfSource);
      if (other === null) continue;
      flags.push(borrowedFlag(event, phrase, other));
      break;
    }
  }
  return flags;
}

function borrowedFlag(event: NegotiationEvent, phrase: string, other: string): ReviewFlag {
  return {
    rule: "event-borrowed-words",
    eventIds: [event.id],
    message:
      `${event.id} cites ${event.sourceId} but quotes “${phrase}”, which ${event.sourceId} does ` +
      `not say and ${other} does: cite ${other}, or say in the description where it comes from.`,
    evidence: phrase,
  };
}

// Finds another source that holds a phrase, through an index of which sources hold each word,
// so a phrase is checked against the few sources holding its rarest word, not every source.
function createSourceFinder(context: ReviewContext) {
  let sourcesByWord: Map<string, Set<string>> | null = null;
  const index = (wordsOfSource: (id: string) => string) => {
    const map = new Map<string, Set<string>>();
    for (const source of context.dataset.sources)
      for (const word of new Set(wordsOf(wordsOfSource(source.id)))) {
        const set = map.get(word);
        if (set) set.add(source.id);
        else map.set(word, new Set([source.id]));
      }
    return map;
  };
  return (phrase: string, ownId: string, wordsOfSource: (id: string) => string) => {
    sourcesByWord ??= index(wordsOfSource);
    const candidates = wordsOf(phrase)
      .map((word) => sourcesByWord?.get(word) ?? new Set<string>())
      .sort((a, b) => a.size - b.size)[0];
    for (const sourceId of candidates ?? [])
      if (sourceId !== ownId && wordsOfSource(sourceId).includes(phrase)) return sourceId;
    return null;
  };
}
