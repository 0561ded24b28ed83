// "Find in text" that forgives how the words were typed: curly or straight quotation marks,
// guillemets, dashes, runs of spaces and line breaks, and letter case all match each other. Each
// match is offered as the article has it, and with the whole sentence around it.
import { findQuotes } from "./findQuotes";
import { type Bounds, sentenceAround } from "./sentences";

const SAME_AS: Record<string, string> = {
  "“": '"',
  "”": '"',
  "„": '"',
  "«": '"',
  "»": '"',
  "‘": "'",
  "’": "'",
  "–": "-",
  "—": "-",
  "\u00a0": " ",
};

interface Folded {
  folded: string;
  origin: number[]; // where each folded character came from, plus one past the end
}

function fold(text: string): Folded {
  let folded = "";
  const origin: number[] = [];
  let isInSpace = false;
  for (let at = 0; at < text.length; at++) {
    const char = SAME_AS[text[at] ?? ""] ?? text[at] ?? "";
    if (/\s/.test(char)) {
      if (!isInSpace) {
        folded += " ";
        origin.push(at);
      }
      isInSpace = true;
      continue;
    }
    const lower = char.toLowerCase();
    folded += lower.length === 1 ? lower : char;
    origin.push(at);
    isInSpace = false;
  }
  origin.push(text.length);
  return { folded, origin };
}

export function findLoosely(text: string, query: string, max: number): Bounds[] {
  const wanted = fold(query.trim()).folded;
  if (wanted === "") return [];
  const { folded, origin } = fold(text);
  const found: Bounds[] = [];
  for (let at = folded.indexOf(wanted); at >= 0 && found.length < max; ) {
    const start = origin[at] ?? 0;
    const end = (origin[at + wanted.length - 1] ?? 0) + 1;
    found.push({ start, end });
    at = folded.indexOf(wanted, at + 1);
  }
  return found;
}

// The sentence holding [start, end), quotations read as part of the sentence that reports them.
export function wholeSentence(text: string, start: number, end: number): Bounds {
  const quotes = findQuotes(text);
  const holding = quotes.find((quote) => quote.openAt <= start && end <= quote.closeAt);
  return sentenceAround(text, holding ?? { openAt: start, closeAt: end }, quotes);
}
