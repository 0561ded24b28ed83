// Who said a quoted passage, from the words around it: "…," X said / said X / X told … /
// according to X / X wrote, posted, noted … / "…," he said (the last named speaker) / a post's
// byline ("— Laura Ingraham (@handle)"), or the speaker of the passage it continues. Returns the
// words the proposal came from, so the coder can check it.

import {
  type FullestMentions,
  fullestMention,
  type Mention,
  runEndingAt,
  runStartingAt,
  splitRoleAndName,
} from "./mentions";
import { quoteAt } from "./quoteAt";

export interface Attribution {
  name: string;
  role: string;
  evidence: string; // the words the speaker was read from
  verbAt: number; // where the attribution's verb (or cue) stands, for the date of its clause
  kind: "named" | "pronoun" | "reference" | "continued" | "byline";
}

const VERBS =
  "said|says|told|tells|added|adds|explained|stated|wrote|writes|posted|noted|notes|declared|" +
  "insisted|insists|argued|warned|asked|replied|continued|recalled|stressed|underlined|" +
  "claimed|remarked|emphasized|emphasised|tweeted|announced|suggested|described|called|" +
  "confirmed|cautioned|urged|acknowledged|admitted|observed|responded|maintained|maintains|" +
  "considers|pointed out|vowed|pledged|promised|proposed|was quoted (?:by [^,.;]{1,40} )?as saying";
// Words that may stand between a speaker and the verb: "Putin also said", "Lavrov has said",
// "Peskov told reporters on Friday".
const BETWEEN =
  "(?:(?:also|has|have|had|repeatedly|previously|recently|later|then|again|further|" +
  "publicly|reportedly|once|himself|herself|separately|earlier|yesterday|today|last \\w+|this \\w+|" +
  "on \\w+(?:\\.? \\d+)?|\\w+day)\\s+)*";
const SPEECH = new RegExp(`\\b(?:${VERBS})\\b`, "g");
const PRONOUN = /^(?:he|she|He|She)$/;
// "the spokesperson", "The Russian leader", "the foreign minister", "the top aide".
const REFERENCE =
  /\b[Tt]he ((?:[\p{L}’'-]+ ){0,3}?(?:spokesman|spokeswoman|spokesperson|leader|president|minister|aide|adviser|advisor|envoy|chancellor|premier|diplomat|official|negotiator))$/u;

export interface Context {
  text: string;
  mentions: readonly Mention[];
  fullest: FullestMentions;
  quotes: ReadonlyArray<{ openAt: number; closeAt: number }>;
}

const isQuoted = (context: Context, at: number) => quoteAt(context.quotes, at) !== undefined;

// A subject standing just before `end` (the verb's start, less the words BETWEEN allows).
function subjectBefore(context: Context, end: number): { words: string; at: number } | null {
  const { text } = context;
  const before = text.slice(Math.max(0, end - 200), end);
  // "Upland's prime minister, Piet Olan, has said": the name between the commas speaks.
  const named = new RegExp(`, ((?:\\p{Lu}[\\p{L}.'’-]*\\s?){1,4}),\\s*${BETWEEN}$`, "u").exec(
    before,
  );
  if (named?.[1] && splitRoleAndName(named[1]).name !== "") {
    const words = named[1].trim();
    return { words, at: end - before.length + named.index + 2 };
  }
  // 'Velt, who has called for … since 2022, said': the relative clause or aside is skipped.
  const trimmed = new RegExp(
    `(?:,(?: (?:who|whose|which)\\b[^,]{1,160}|[^,]{1,40}),\\s*)?${BETWEEN}$`,
    "u",
  ).exec(before);
  const subjectEnd = end - (trimmed?.[0].length ?? 0);
  const head = text.slice(Math.max(0, subjectEnd - 120), subjectEnd).replace(/\s+$/, "");
  const stop =
    subjectEnd - (text.slice(Math.max(0, subjectEnd - 120), subjectEnd).length - head.length);
  const pronoun = /\b(he|she|He|She)$/.exec(head);
  if (pronoun) return { words: pronoun[1] ?? "", at: stop - (pronoun[1]?.length ?? 0) };
  const reference = REFERENCE.exec(head);
  if (reference) return { words: reference[0], at: stop - reference[0].length };
  return runEndingAt(text, stop);
}

// A subject standing just after `start` ("said Peskov", "said Kremlin spokesman Dmitry Peskov").
function subjectAfter(context: Context, start: number): { words: string; at: number } | null {
  const after = context.text.slice(start, start + 120);
  const reference =
    /^\s*([Tt]he (?:[\p{L}’'-]+ ){0,3}?(?:spokesman|spokeswoman|spokesperson|leader|president|minister|aide|adviser|advisor|envoy|chancellor|official))\b/u.exec(
      after,
    );
  if (reference)
    return { words: reference[1] ?? "", at: start + after.indexOf(reference[1] ?? "") };
  const skip = /^\s*/.exec(after)?.[0].length ?? 0;
  return runStartingAt(context.text, start + skip);
}

// The person a subject's words stand for: a run split into role and name, a surname taken to
// its fullest mention, "the spokesperson" to the last person named with that role.
export function resolveSubject(
  context: Context,
  subject: { words: string; at: number },
  lastSpeaker: Attribution | null,
): Omit<Attribution, "evidence" | "verbAt"> | null {
  if (PRONOUN.test(subject.words)) {
    // 'While Trump hasn't disclosed plans, he said': a person named earlier in the sentence.
    const named = personEarlierInSentence(context, subject.at);
    if (named) return { ...named, kind: "pronoun" };
    return lastSpeaker ? { name: lastSpeaker.name, role: lastSpeaker.role, kind: "pronoun" } : null;
  }
  const reference = REFERENCE.exec(subject.words);
  if (reference && /^[Tt]he /.test(subject.words)) {
    const words = (reference[1] ?? "").toLowerCase().split(" ");
    const head = words.at(-1) ?? "";
    const heads =
      head === "leader"
        ? ["president", "leader", "prime minister", "chancellor"]
        : [head.replace(/spoke(s|)(man|woman|person)/, "spokes")];
    const qualifiers = words.slice(0, -1).filter((word) => word !== "top" && word !== "senior");
    const before = context.mentions.filter((mention) => mention.at < subject.at).reverse();
    const found = before.find((mention) => {
      const role =
        `${mention.role} ${fullestMention(context.fullest, mention.name.split(" ").at(-1) ?? "")?.role ?? ""}`.toLowerCase();
      return (
        heads.some((wanted) => role.includes(wanted)) &&
        qualifiers.every((word) => role.includes(word.replace(/n$/, "")))
      );
    });
    if (!found) return null;
    const full = fullestMention(context.fullest, found.name.split(" ").at(-1) ?? "") ?? found;
    return { name: full.name, role: full.role, kind: "reference" };
  }
  const { role, name } = splitRoleAndName(subject.words);
  // An institution speaks: "The White House described", "The Kremlin said".
  if (name === "") return /^\p{Lu}/u.test(role) ? { name: role, role: "", kind: "named" } : null;
  const full = fullestMention(context.fullest, name.split(" ").at(-1) ?? name);
  if (full && (!name.includes(" ") || full.name.endsWith(name))) {
    return { name: name.includes(" ") ? name : full.name, role: role || full.role, kind: "named" };
  }
  return { name, role, kind: "named" };
}

// The last person mentioned in the sentence before `at` (mentions of one word are surnames).
function personEarlierInSentence(
  context: Context,
  at: number,
): { name: string; role: string } | null {
  const before = context.text.slice(Math.max(0, at - 300), at);
  const sentenceStart = Math.max(
    before.lastIndexOf(". "),
    before.lastIndexOf("\n"),
    before.lastIndexOf("” "),
  );
  const stretch = before.slice(sentenceStart + 1);
  const from = at - stretch.length;
  const found = context.mentions
    .filter((mention) => mention.at >= from && mention.at < at && !isQuoted(context, mention.at))
    .at(-1);
  if (found) {
    const full = fullestMention(context.fullest, found.name.split(" ").at(-1) ?? "") ?? found;
    return { name: full.name, role: full.role };
  }
  for (const word of [...stretch.matchAll(/\p{Lu}[\p{L}’'-]+/gu)].reverse()) {
    if (isQuoted(context, from + word.index)) continue;
    const full = fullestMention(context.fullest, word[0]);
    if (full) return { name: full.name, role: full.role };
  }
  return null;
}

export interface Span {
  start: number; // where the attribution may be looked for: the sentence around the quote
  end: number;
  openAt: number;
  closeAt: number;
}

// The speaker of the passage at [openAt, closeAt) within its sentence [start, end).
export function attribute(
  context: Context,
  span: Span,
  lastSpeaker: Attribution | null,
  otherQuotes: ReadonlyArray<{ openAt: number; closeAt: number }>,
): Attribution | null {
  const { text } = context;
  const make = (
    subject: { words: string; at: number } | null,
    verbAt: number,
    evidenceEnd: number,
  ) => {
    if (!subject) return null;
    const resolved = resolveSubject(context, subject, lastSpeaker);
    if (!resolved) return null;
    const from = Math.min(subject.at, verbAt);
    const evidence = text
      .slice(from, Math.max(evidenceEnd, subject.at + subject.words.length))
      .trim();
    return { ...resolved, evidence, verbAt };
  };
  const isInQuote = (at: number) => quoteAt(otherQuotes, at) !== undefined;

  // After the quote: '…," Peskov said', '…," said Peskov', '…," he told'.
  const after = text.slice(span.closeAt, span.end);
  const lead = /^[\s,.;:!?…—–-]*/.exec(after)?.[0].length ?? 0;
  SPEECH.lastIndex = 0;
  for (const verb of after.matchAll(SPEECH)) {
    const verbAt = span.closeAt + verb.index;
    if (isInQuote(verbAt)) continue;
    const gap = text.slice(span.closeAt + lead, verbAt);
    const isImmediate = gap.length < 90;
    if (!isImmediate) break;
    const subject =
      gap.trim() === ""
        ? subjectAfter(context, verbAt + verb[0].length)
        : subjectBefore(context, verbAt);
    const found = make(subject, verbAt, verbAt + verb[0].length);
    if (found) return found;
    break;
  }

  // Before the quote, the sentence's first speech verb and its subject: 'Trump declared: "…"',
  // 'Lavrov stated on Thursday that the Russian president "…"'.
  const before = text.slice(span.start, span.openAt);
  for (const verb of before.matchAll(SPEECH)) {
    const verbAt = span.start + verb.index;
    if (isInQuote(verbAt)) continue;
    const found = make(
      subjectBefore(context, verbAt) ?? subjectAfter(context, verbAt + verb[0].length),
      verbAt,
      verbAt + verb[0].length,
    );
    if (found) return found;
  }
  const according = /\b[Aa]ccording to ((?:[\p{L}’'.-]+ ?){1,6})/u.exec(`${before} ${after}`);
  if (according) {
    const offset =
      according.index < before.length
        ? span.start + according.index
        : span.closeAt + according.index - before.length - 1;
    const subjectAt = offset + according[0].indexOf(according[1] ?? "");
    const run = runStartingAt(text, subjectAt);
    const found = make(run, offset, subjectAt);
    if (found) return found;
  }

  // Later in the same sentence: "'…' to get them back, Podoliak said."
  for (const verb of after.matchAll(SPEECH)) {
    const verbAt = span.closeAt + verb.index;
    if (isInQuote(verbAt)) continue;
    const found = make(subjectBefore(context, verbAt), verbAt, verbAt + verb[0].length);
    if (found) return found;
  }

  // An embedded post's byline on the next line: '"…" — Laura Ingraham (@IngrahamAngle)'.
  const byline = /^[\s–—-]*\n\s*[—–]\s*((?:\p{Lu}[\p{L}.'’-]* ?){1,4})\s*\(@/u.exec(
    text.slice(span.closeAt, span.closeAt + 200),
  );
  if (byline) {
    const name = (byline[1] ?? "").trim();
    const at = span.closeAt + byline.index + byline[0].indexOf(name);
    return {
      name,
      role: "",
      kind: "byline",
      evidence: text
        .slice(
          at,
          at + name.length + 3 + (byline[0].length - byline[0].indexOf(name) - name.length),
        )
        .trim(),
      verbAt: at,
    };
  }
  return null;
}

// Every "X said" outside quotes between two places, the last one first: who spoke last.
export function lastNamedSpeaker(
  context: Context,
  from: number,
  to: number,
  otherQuotes: ReadonlyArray<{ openAt: number; closeAt: number }>,
  previous: Attribution | null,
): Attribution | null {
  const stretch = context.text.slice(from, to);
  const verbs = [...stretch.matchAll(SPEECH)].reverse();
  for (const verb of verbs) {
    const verbAt = from + verb.index;
    if (quoteAt(otherQuotes, verbAt)) continue;
    const subject = subjectBefore(context, verbAt);
    if (!subject || PRONOUN.test(subject.words)) continue;
    const resolved = resolveSubject(context, subject, previous);
    if (resolved)
      return {
        ...resolved,
        evidence: context.text.slice(subject.at, verbAt + verb[0].length),
        verbAt,
      };
  }
  return previous;
}

// A speech verb inside a selection taken as reported speech ('Putin also said any ceasefire…'):
// its subject, else none.
export function attributeInside(
  context: Context,
  start: number,
  end: number,
  lastSpeaker: Attribution | null,
): Attribution | null {
  for (const verb of context.text.slice(start, end).matchAll(SPEECH)) {
    const verbAt = start + verb.index;
    if (isQuoted(context, verbAt)) continue;
    const subject = subjectBefore(context, verbAt);
    const resolved = subject ? resolveSubject(context, subject, lastSpeaker) : null;
    if (subject && resolved) {
      const evidence = context.text.slice(subject.at, verbAt + verb[0].length);
      return { ...resolved, evidence, verbAt };
    }
  }
  return null;
}
