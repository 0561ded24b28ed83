// One resolver per stored choice: what the store keeps (often null = "the default") becomes
// what every view shows. Pure, so the matrix and the timeline cannot resolve a choice two ways.
import type { Party } from "./schema";

// Returns the records whose ids are listed, in dataset order; all of them for an empty list
// (an empty issue or party filter means "all").
export function pickById<T extends { id: string }>(all: readonly T[], ids: readonly string[]): T[] {
  if (ids.length === 0) return [...all];
  const wanted = new Set(ids);
  return all.filter((record) => wanted.has(record.id));
}

// Returns the two parties the gap measures: the chosen pair when both are known and differ;
// else the first two parties shown (dataset order), topped up with the dataset's other
// parties in order, so a party filter of one party still has a gap (e.g. Ukraine only →
// Ukraine and the dataset's first other party). null with fewer than two parties.
// The party filter picks the columns shown; it does not empty the gap pair.
export function resolveGapPair(
  parties: readonly Party[],
  shownPartyIds: readonly string[],
  chosen: readonly [string, string] | null,
): readonly [Party, Party] | null {
  const byId = (id: string) => parties.find((party) => party.id === id);
  if (chosen && chosen[0] !== chosen[1]) {
    const a = byId(chosen[0]);
    const b = byId(chosen[1]);
    if (a && b) return [a, b];
  }
  const shown = new Set(shownPartyIds);
  const ordered =
    shown.size === 0
      ? parties
      : [
          ...parties.filter((party) => shown.has(party.id)),
          ...parties.filter((party) => !shown.has(party.id)),
        ];
  const [first, second] = ordered;
  return first && second ? [first, second] : null;
}

// Returns the pair after picking `partyId` for one side: picking the other side's party swaps
// the two, since a party compared with itself is a gap of 0 everywhere.
export function chooseGapParty(
  pair: readonly [string, string],
  side: 0 | 1,
  partyId: string,
): [string, string] {
  const [a, b] = pair;
  if (side === 0) return partyId === b ? [b, a] : [partyId, b];
  return partyId === a ? [b, a] : [a, partyId];
}

export interface AsOfChoice {
  // The date the matrix shows positions at (ISO).
  date: string;
  // Why that date: the user picked it; no pick, so the latest statement; or the date filter's
  // "To" ends before the pick or the latest statement, and positions never run past it.
  reason: "chosen" | "latest" | "filter-end";
}

// Returns the "as of" date in force. `stored` null means "follow the latest statement", so a
// shared link keeps following new data; `lastDate` is the dataset's latest statement date;
// `to` the date filter's end. One rule: as-of is the chosen date, else the latest, and never
// after "To".
export function resolveAsOf(
  stored: string | null,
  lastDate: string | null,
  to: string | null,
  fallback: string,
): AsOfChoice {
  const wanted = stored ?? lastDate ?? fallback;
  if (to !== null && wanted > to) return { date: to, reason: "filter-end" };
  return { date: wanted, reason: stored === null ? "latest" : "chosen" };
}

// Returns what the store keeps for an "as of" date picked on screen: null for the newest date
// it can show (so the link follows new data), the date itself otherwise.
export function storedAsOf(date: string, newest: string): string | null {
  return date === newest ? null : date;
}

// Returns the compare date in force: compare looks back from "as of", so a stored date after
// it (a stale link, or "as of" moved back) is read as "as of" itself and the caption never
// runs backwards. The store keeps what the user chose; nothing is written back.
export function resolveCompareFrom(stored: string | null, asOf: string): string | null {
  if (stored === null) return null;
  return stored > asOf ? asOf : stored;
}

// Returns the compare date to start from when compare mode is turned on: halfway back through
// the statement dates before "as of", far enough to catch moves, near enough that most cells
// already had a stance (from the very first date, everything "changes").
export function defaultCompareFrom(dates: readonly string[], asOf: string): string {
  const before = dates.filter((date) => date < asOf);
  return before[Math.floor(before.length / 2)] ?? dates[0] ?? asOf;
}
