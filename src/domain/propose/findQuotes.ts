// Every quoted passage of an article: straight ("…", '…'), curly (“…”, ‘…’) and guillemet
// («…») quotation marks, a quotation continued over paragraphs (a paragraph left open and the
// next one opening again) and the parts of a quote split by "he said". Offsets are those of the
// words inside the marks, so `text.slice(start, end)` is the quote exactly.

export interface QuotedPassage {
  start: number;
  end: number;
  openAt: number; // the opening mark
  closeAt: number; // one past the closing mark (or the paragraph's end when continued)
  // The passage before it that this one continues (over a paragraph), or -1.
  continues: number;
  // Left open at its paragraph's end, continued by the next passage.
  isOpenEnded: boolean;
}

interface Family {
  opens: string;
  closes: string;
}

// Closers include the opener's look-alikes: copy often closes “victory plan“ or ‘guarantee‘.
const FAMILIES: readonly Family[] = [
  { opens: "“„", closes: "”“" },
  { opens: "«", closes: "»" },
  { opens: "‘", closes: "’‘" },
  { opens: '"', closes: "\"'" }, // a straight double quote closed by a straight single one
  { opens: "'", closes: "'" },
];

const LETTER = /[\p{L}\p{N}]/u;
// A mark opens after the start of a line, a space, a bracket or a dash, before a word.
const OPENS_AFTER = /[\s([{—–-]/;
// A single quote between two letters is an apostrophe (Kiev's), never a mark.
const isApostrophe = (text: string, at: number) =>
  LETTER.test(text[at - 1] ?? "") && LETTER.test(text[at + 1] ?? "");

// Copy that runs two quotations together closes one with a double mark and opens the next with
// a single one ('…Orthodox Church."'I hope…'): that single mark opens.
const isRunTogether = (text: string, at: number) =>
  text[at] === "'" && text[at - 1] === '"' && /[.!?,]/.test(text[at - 2] ?? "");

function isOpening(text: string, at: number): boolean {
  const before = text[at - 1];
  const after = text[at + 1] ?? "";
  if (before !== undefined && !OPENS_AFTER.test(before) && !isRunTogether(text, at)) return false;
  return after !== "" && !/\s/.test(after);
}

function isClosing(text: string, at: number): boolean {
  if (isApostrophe(text, at)) return false;
  const before = text[at - 1] ?? "";
  const after = text[at + 1] ?? "";
  if (before === "" || /\s/.test(before)) return false;
  return !LETTER.test(after);
}

function familyOf(mark: string): Family | undefined {
  return FAMILIES.find((family) => family.opens.includes(mark));
}

// The closer of the mark opened at `at` within [at, lineEnd): its own family first (a straight
// double quote falls back to a straight single one only when no double one closes it).
function closerOf(text: string, at: number, lineEnd: number, family: Family): number {
  const own = family.closes[0] ?? "";
  for (const marks of [family.closes === "\"'" ? own : family.closes, family.closes]) {
    for (let i = at + 2; i < lineEnd; i++) {
      if (own === "'" && isRunTogether(text, i + 1)) return i;
      if (marks.includes(text[i] ?? "") && isClosing(text, i)) return i;
    }
  }
  return -1;
}

function lines(text: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const match of text.matchAll(/\n/g)) {
    found.push({ start, end: match.index });
    start = match.index + 1;
  }
  found.push({ start, end: text.length });
  return found.filter((line) => text.slice(line.start, line.end).trim() !== "");
}

function trimmedEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(text[end - 1] ?? "")) end--;
  return end;
}

export function findQuotes(text: string): QuotedPassage[] {
  const passages: QuotedPassage[] = [];
  const paragraphs = lines(text);
  let continuing = -1; // index of a passage left open at the previous paragraph's end
  let resumeAt = 0; // past a quotation that ran over a hard line break into this line
  for (const [index, line] of paragraphs.entries()) {
    let at = Math.max(line.start, resumeAt);
    const carried = continuing;
    continuing = -1;
    while (at < line.end) {
      const mark = text[at] ?? "";
      const family = familyOf(mark);
      if (!family || !isOpening(text, at) || (mark === "'" && isApostrophe(text, at))) {
        at++;
        continue;
      }
      const close = closerOf(text, at, line.end, family);
      const isFirstInLine = text.slice(line.start, at).trim() === "";
      if (close >= 0) {
        passages.push({
          start: at + 1,
          end: close,
          openAt: at,
          closeAt: close + 1,
          continues: isFirstInLine ? carried : -1,
          isOpenEnded: false,
        });
        at = close + 1;
        continue;
      }
      // A hard-wrapped line (one line break, no full stop before it) goes on in the next line.
      const next = paragraphs[index + 1];
      const isWrapped =
        next !== undefined &&
        text.slice(line.end, next.start) === "\n" &&
        !/[.!?]["'”’]?\s*$/.test(text.slice(line.start, line.end));
      const wrappedClose = isWrapped ? closerOf(text, at, next.end, family) : -1;
      if (wrappedClose >= 0) {
        passages.push({
          start: at + 1,
          end: wrappedClose,
          openAt: at,
          closeAt: wrappedClose + 1,
          continues: isFirstInLine ? carried : -1,
          isOpenEnded: false,
        });
        resumeAt = wrappedClose + 1;
        break;
      }
      // Left open: a quotation continued when the next paragraph opens again with a mark of
      // the same family (the newspaper convention); otherwise a stray mark, not a quote.
      const nextMark = next ? text.slice(next.start, next.end).trimStart()[0] : undefined;
      if (nextMark && family.opens.includes(nextMark)) {
        passages.push({
          start: at + 1,
          end: trimmedEnd(text, at + 1, line.end),
          openAt: at,
          closeAt: line.end,
          continues: isFirstInLine ? carried : -1,
          isOpenEnded: true,
        });
        continuing = passages.length - 1;
      }
      break;
    }
  }
  return passages;
}
