// Speakers to suggest for a quote: those the dataset already has whose name stands near the
// quote first, then people the article names near it (the proposer's mentions: "Kremlin
// spokesman Dmitry Peskov", not "Middle East" or "Thursday Putin"), then the dataset's other
// speakers. Each with the role the dataset last gave them, else the article's.
import { findMentions } from "../propose/mentions";
import type { Speaker, Statement } from "../schema";

const NEAR = 250;

export function suggestSpeakers(
  text: string,
  quoteStart: number,
  quoteEnd: number,
  statements: readonly Statement[],
): Speaker[] {
  const known = new Map<string, string>();
  for (const statement of statements) known.set(statement.speaker.name, statement.speaker.role);
  const from = Math.max(0, quoteStart - NEAR);
  const to = quoteEnd + NEAR;
  const window = text.slice(from, to);
  const nearKnown = [...known.keys()].filter((name) => window.includes(name));
  const written = new Map<string, string>();
  for (const mention of findMentions(text)) {
    if (mention.at < from || mention.at >= to || known.has(mention.name)) continue;
    if (!written.has(mention.name) || mention.role) written.set(mention.name, mention.role);
  }
  const names = [...new Set([...nearKnown, ...written.keys(), ...known.keys()])];
  return names.map((name) => ({ name, role: known.get(name) ?? written.get(name) ?? "" }));
}
