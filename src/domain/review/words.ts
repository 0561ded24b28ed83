// Words as the review compares them: lower case, accents and curly apostrophes folded, so
// "Kyiv’s" in an article and "Kyiv's" in a summary are one word.

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
// Anything but printable ASCII and ordinary white space.
const NON_ASCII = /[^ -~\t\n\r]/;

export function foldText(text: string): string {
  // Most text is plain ASCII, with no accents or curly quotes to fold: lower-casing it is all,
  // and skips the Unicode normalisation that cost most of a review's time.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[’‘]/g, "'").toLowerCase();
}

// Returns the words of `text`, folded, in order.
export function wordsOf(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}

// Words too common to say that two texts speak of the same thing.
const STOP_WORDS = new Set(
  (
    "a an and are as at be been but by can could did do does for from had has have he her his " +
    "i if in into is it its not of on or our she so than that the their them then there these " +
    "they this those to was we were what when which who will with would you said says say also " +
    "about after any all more no one only other over such some should may might must being"
  ).split(" "),
);

// Returns the distinct words of `text` that carry meaning (no stop words, no single letters).
export function contentWords(text: string): Set<string> {
  return contentWordsOfFolded(foldText(text));
}

// The same, for text already folded by foldText.
export function contentWordsOfFolded(folded: string, into = new Set<string>()): Set<string> {
  for (const word of folded.match(WORD) ?? [])
    if (word.length > 1 && !STOP_WORDS.has(word)) into.add(word);
  return into;
}
