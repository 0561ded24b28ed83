// Speakers to suggest for a quote: those the dataset already has whose name stands near the
// quote first, then names written near it (two or three capitalised words, "Ilse Marrow"),
// then the dataset's other speakers. Each with the role the dataset last gave them, if any.
import type { Speaker, Statement } from "../schema";

const NEAR = 250;
const NAME = /\b\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2}\b/gu;
// Capitalised pairs that begin sentences or name places rather than people.
const NOT_A_NAME = /^(The|A|An|In|On|At|But|And|He|She|They|We|It|This|That|Last|Earlier)\b/;

export function suggestSpeakers(
  text: string,
  quoteStart: number,
  quoteEnd: number,
  statements: readonly Statement[],
): Speaker[] {
  const known = new Map<string, string>();
  for (const statement of statements) known.set(statement.speaker.name, statement.speaker.role);
  const window = text.slice(Math.max(0, quoteStart - NEAR), quoteEnd + NEAR);
  const nearKnown = [...known.keys()].filter((name) => window.includes(name));
  const written = [...window.matchAll(NAME)]
    .map((match) => match[0])
    .filter((name) => !NOT_A_NAME.test(name) && !known.has(name));
  const names = [...new Set([...nearKnown, ...written, ...known.keys()])];
  return names.map((name) => ({ name, role: known.get(name) ?? "" }));
}
