// Whose position a speaker states: the party the dataset already codes them for, else the party
// their mention names by country, name, short name or member ("Russian President …" → Russia,
// "U.S. Special Envoy …" → United States, "British …" → a party whose members include the United
// Kingdom), else none. Never a default: a wrong party is worse than an empty one.
import type { Dataset, Party } from "../schema";
import { bareWord, COUNTRY_NAMES, countryNamed } from "./countries";

export interface PartyProposal {
  partyId: string;
  evidence: string;
}

// The party each speaker the dataset knows speaks for, with how many statements say so.
export function knownSpeakers(
  dataset: Pick<Dataset, "statements">,
): Map<string, { partyId: string; count: number }> {
  const counts = new Map<string, Map<string, number>>();
  for (const statement of dataset.statements) {
    const byParty = counts.get(statement.speaker.name) ?? new Map<string, number>();
    byParty.set(statement.partyId, (byParty.get(statement.partyId) ?? 0) + 1);
    counts.set(statement.speaker.name, byParty);
  }
  const known = new Map<string, { partyId: string; count: number }>();
  for (const [name, byParty] of counts) {
    const [partyId, count] = [...byParty].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
    if (partyId) known.set(name, { partyId, count });
  }
  return known;
}

// The dataset's speaker a proposed name stands for: the same name, or the one known speaker
// whose surname it shares ("Putin" → "Vladimir Putin").
export function knownSpeakerNamed(
  known: ReadonlyMap<string, unknown>,
  name: string,
): string | null {
  if (known.has(name)) return name;
  const surname = bareWord(name.split(" ").at(-1) ?? "");
  if (surname.length < 3) return null;
  const same = [...known.keys()].filter(
    (other) => bareWord(other.split(" ").at(-1) ?? "") === surname,
  );
  return same.length === 1 ? (same[0] ?? null) : null;
}

function partiesNaming(parties: readonly Party[], names: readonly string[]): Party[] {
  return parties.filter((party) =>
    [party.name, party.shortName, ...(party.members ?? [])].some((partyName) =>
      names.includes(partyName),
    ),
  );
}

export function proposeParty(
  speaker: { name: string; role: string },
  mentionWords: string,
  dataset: Pick<Dataset, "statements" | "parties">,
  known: ReadonlyMap<string, { partyId: string; count: number }> = knownSpeakers(dataset),
): PartyProposal | null {
  const knownName = knownSpeakerNamed(known, speaker.name);
  const knownParty = knownName ? known.get(knownName) : undefined;
  if (knownName && knownParty && dataset.parties.some((party) => party.id === knownParty.partyId)) {
    const party = dataset.parties.find((candidate) => candidate.id === knownParty.partyId);
    const times = knownParty.count === 1 ? "1 statement" : `${knownParty.count} statements`;
    return {
      partyId: knownParty.partyId,
      evidence: `${knownName} speaks for ${party?.name} in ${times} of the dataset`,
    };
  }
  // The mention's words, then the role's: a country word, or a party's own name.
  const words = `${speaker.role} ${mentionWords} ${speaker.name}`.split(/\s+/).filter(Boolean);
  for (const word of words) {
    const direct = dataset.parties.filter(
      (party) =>
        party.name === bareWord(word) ||
        (party.shortName.length > 1 && party.shortName === bareWord(word)),
    );
    if (direct.length === 1 && direct[0])
      return { partyId: direct[0].id, evidence: `“${word}” names the party ${direct[0].name}` };
    const country = countryNamed(word);
    if (!country) continue;
    const parties = partiesNaming(dataset.parties, country.names);
    if (parties.length === 1 && parties[0]) {
      return {
        partyId: parties[0].id,
        evidence: `“${word}” (${country.name}) in “${mentionWords.trim() || speaker.name}”`,
      };
    }
  }
  // Two-word country names in the role ("United States Ambassador").
  const text = words.join(" ");
  for (const country of COUNTRY_NAMES) {
    const name = country.names.find(
      (candidate) => candidate.includes(" ") && text.includes(candidate),
    );
    if (!name) continue;
    const parties = partiesNaming(dataset.parties, country.names);
    if (parties.length === 1 && parties[0])
      return { partyId: parties[0].id, evidence: `“${name}” in “${text}”` };
  }
  return null;
}
