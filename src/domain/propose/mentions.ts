// Who a run of words names: "U.S. Special Envoy Steve Witkoff" is the speaker Steve Witkoff with
// the role "U.S. Special Envoy"; "Vance" alone is the fullest mention of a Vance in the article
// ("US Vice President J.D. Vance"); "the spokesperson" is the last person named whose role says
// spokesperson. Pure string work on the article's text.
import { bareWord, countryNamed } from "./countries";

export interface Mention {
  name: string;
  role: string;
  words: string; // the words as the article has them
  at: number;
}

// Words of a role or title, in lower case ("Special Envoy", "Kremlin spokesperson").
const ROLE_WORDS = new Set(
  (
    "president vice prime minister foreign defence defense secretary state envoy special " +
    "spokesman spokeswoman spokesperson press chancellor ambassador adviser advisor aide chief " +
    "head deputy senator sen gen general commander leader national security chairman chair " +
    "kremlin white house former top senior negotiator official lawmaker mr mrs ms dr gov " +
    "governor mayor king queen pope representative rep president-elect retired premier army " +
    "military intelligence director finance interior economy trade first assistant staff " +
    "minister-designate lt col colonel admiral sergeant chancellor-elect mediator delegation " +
    "delegate commissioner foreign-policy representative counsellor councillor analyst expert " +
    "researcher professor journalist reporter host commentator historian economist"
  ).split(" "),
);

// Capitalised words that open sentences or clauses rather than name anyone.
const NOT_NAMES = new Set(
  (
    "The A An In On At During Speaking While But And According Following Amid After Before " +
    "Regarding Also However Instead Clearly Some One Such This That These Those Any His Her " +
    "Their Its Our We He She They It I You Asked Earlier Later Last Yesterday Today When If " +
    "As For With Without Under Over Since Until Meanwhile Still Yet So Then There Here What " +
    "Why How Who Where Both Each Many Most All No Not Photo Mr Mrs Ms Monday Tuesday Wednesday " +
    "Thursday Friday Saturday Sunday January February March April June July August September " +
    "October November December"
  ).split(" "),
);

// Last words of names of places, bodies and outlets, not people ("Middle East", "Esenboga
// Airport", "Black Sea", "Fox News").
const NOT_PERSON_ENDINGS = new Set(
  (
    "East West North South Airport Sea Ocean Street House Council Ministry Union Republic " +
    "Federation Church Times News Post Party Forces Army Community Summit Conference University " +
    "Institute Agency Office Department Bank Fund Group Organization Organisation Court Assembly " +
    "Parliament Congress Senate Square Palace Hall Centre Center Region Oblast Province Island " +
    "Islands River Valley Mountains Coast Gulf Bay Strait Channel Media Agency Press Journal"
  ).split(" "),
);

const CAPITAL = /^\p{Lu}/u;
const PARTICLES = new Set(["von", "van", "der", "de", "la", "al", "bin", "da", "di"]);

export const isRoleWord = (word: string) => ROLE_WORDS.has(bareWord(word).toLowerCase());

function isNameWord(word: string): boolean {
  const bare = bareWord(word);
  return (
    CAPITAL.test(bare) && !isRoleWord(bare) && !NOT_NAMES.has(bare) && countryNamed(bare) === null
  );
}

// A run of words that may name a person with their title: capitalised words, role words in any
// case, "of"/"the" inside a title ("Secretary of State") and name particles ("von der").
const RUN_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|[\p{Ll}-]+)$/u;

function isRunWord(word: string): boolean {
  if (!RUN_WORD.test(word)) return false;
  if (CAPITAL.test(word)) return true;
  const lower = bareWord(word);
  return ROLE_WORDS.has(lower) || PARTICLES.has(lower) || lower === "of";
}

// The words of `phrase` split into a role and a name: the name is the last one to three
// capitalised words that are neither titles nor countries; a name of one word is a surname.
export function splitRoleAndName(phrase: string): { role: string; name: string } {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  while (words.length > 0 && NOT_NAMES.has(bareWord(words[0] ?? ""))) words.shift();
  let first = words.length;
  while (first > 0) {
    const word = words[first - 1] ?? "";
    const isParticle = PARTICLES.has(word) && first < words.length;
    if (!(isNameWord(word) || isParticle) || words.length - first >= 4) break;
    first--;
  }
  const nameWords = words.slice(first).map((word, index, all) =>
    // A possessive or a sentence's full stop is not part of the name ("Vance’s", "Vance.").
    index === all.length - 1 ? word.replace(/[’']s$/u, "").replace(/(?<!\.\p{Lu})\.$/u, "") : word,
  );
  return { role: words.slice(0, first).join(" "), name: nameWords.join(" ") };
}

// A word that ends a sentence ("Sea.", "Vance.'"), unlike an initial or abbreviation ("U.S.",
// "J.D.", "Gen.").
export const endsSentence = (word: string) =>
  /[.!?][’'”"]*$/.test(word) &&
  !/^(?:\p{Lu}\.)+$/u.test(word) &&
  !/^(?:Gen|Sen|Gov|Mr|Mrs|Ms|Dr|Lt|Col|Rep|St)\.$/.test(word);

// The run of title and name words that ends just before `end` in `text` (spaces between).
export function runEndingAt(text: string, end: number): { words: string; at: number } | null {
  const before = text.slice(Math.max(0, end - 160), end);
  const words = [...before.matchAll(/\S+/g)];
  let first = words.length;
  while (first > 0) {
    const match = words[first - 1];
    if (!match) break;
    const gapEnd = first < words.length ? (words[first]?.index ?? 0) : before.length;
    const gap = before.slice(match.index + match[0].length, gapEnd);
    if (!/^ ?$/.test(gap) || !isRunWord(match[0])) break;
    if (first < words.length && endsSentence(match[0])) break;
    first--;
  }
  const firstWord = words[first];
  if (!firstWord || first === words.length) return null;
  const at = end - before.length + firstWord.index;
  return { words: text.slice(at, end).trim(), at };
}

// The run of title and name words that starts at `start` in `text`.
export function runStartingAt(text: string, start: number): { words: string; at: number } | null {
  const after = text.slice(start, start + 160);
  let length = 0;
  for (const match of after.matchAll(/\S+/g)) {
    if (match.index !== length && !/^ $/.test(after.slice(length, match.index))) break;
    const word = match[0].replace(/[,;:]$/, "");
    if (!isRunWord(word)) break;
    length = match.index + word.length;
    if (word !== match[0] || endsSentence(word)) break;
  }
  return length === 0 ? null : { words: after.slice(0, length), at: start };
}

// Every person mention in the article: runs whose name part has two or more words, or one word
// after a title ("Kremlin spokesperson Peskov").
export function findMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  const word = /\S+/g;
  let at = 0;
  while (at < text.length) {
    word.lastIndex = at;
    const match = word.exec(text);
    if (!match) break;
    const run = isRunWord(match[0]) ? runStartingAt(text, match.index) : null;
    if (!run) {
      at = match.index + match[0].length;
      continue;
    }
    const { role, name } = splitRoleAndName(run.words);
    const isPlace = NOT_PERSON_ENDINGS.has(bareWord(name.split(" ").at(-1) ?? ""));
    const isPerson = !isPlace && (name.includes(" ") || (name !== "" && role !== ""));
    if (isPerson)
      mentions.push({
        name,
        role: role || roleBeforeComma(text, run.at) || appositionRole(text, run),
        words: run.words,
        at: run.at,
      });
    at = run.at + run.words.length;
  }
  return mentions;
}

// "Midvale's foreign minister, Ana Velt," gives the role the words before the comma.
function roleBeforeComma(text: string, at: number): string {
  if (text.slice(at - 2, at) !== ", ") return "";
  const run = runEndingAt(text, at - 2);
  if (!run) return "";
  const words = run.words.split(" ");
  while (words.length > 0 && NOT_NAMES.has(bareWord(words[0] ?? ""))) words.shift();
  return isRoleWord(words.at(-1) ?? "") ? words.join(" ") : "";
}

// "Dmitry Peskov, the Kremlin spokesman," gives the role the words between the commas.
function appositionRole(text: string, run: { words: string; at: number }): string {
  const after = text.slice(run.at + run.words.length, run.at + run.words.length + 120);
  const match = /^, (?:(?:a|an|the) )?([^,.;:“"‘«]{3,90})[,.]/u.exec(after);
  const role = match?.[1] ?? "";
  return role.split(/\s+/).some(isRoleWord) ? role : "";
}

// The fullest mention of each surname in an article: the mention with the most words among
// those whose name ends with it. Built once per article; the proposer asks it for every name.
export type FullestMentions = ReadonlyMap<string, Mention>;

export function indexFullestMentions(mentions: readonly Mention[]): FullestMentions {
  const fullest = new Map<string, Mention>();
  const size = (mention: Mention) => mention.name.length * 2 + mention.role.length;
  for (const mention of mentions) {
    const surname = bareWord(mention.name.split(" ").at(-1) ?? "");
    const best = fullest.get(surname);
    if (!best || size(mention) > size(best)) fullest.set(surname, mention);
  }
  return fullest;
}

// The fullest mention of the person a surname or short name ("Vance") stands for.
export function fullestMention(fullest: FullestMentions, surname: string): Mention | null {
  return fullest.get(bareWord(surname)) ?? null;
}

// Country words in a role ("Russian President", "U.S. Special Envoy").
export function countriesInRole(role: string): string[] {
  const found: string[] = [];
  for (const word of role.split(/\s+/)) {
    const country = countryNamed(word);
    if (country && !found.includes(country.name)) found.push(country.name);
  }
  return found;
}
