// Where the stretches of the parties in view meet on one issue, or how far apart they stay.
import type { Stretch } from "./stretch";

export interface PartyStretch {
  partyId: string;
  stretch: Stretch;
}

export type DealOutcome =
  // Every stretch covers the stances from..to (inclusive): room for a deal there.
  | { kind: "zone"; from: number; to: number; partyIds: string[] }
  // No stance lies in every stretch. On one axis, stretches share a point exactly when the
  // one that ends lowest reaches the one that starts highest (Helly's theorem in 1-D), so
  // that pair is what keeps a deal out of reach: `steps` between the end of the first and
  // the start of the second.
  | { kind: "gap"; steps: number; lowPartyId: string; highPartyId: string }
  // Fewer than two parties in view have a position: nothing to agree between.
  | { kind: "too-few"; partyIds: string[] };

// Returns the zone of possible agreement of the stretches, in the order given; on ties the
// first party listed stands for the pair.
export function zoneOfAgreement(stretches: readonly PartyStretch[]): DealOutcome {
  const partyIds = stretches.map((each) => each.partyId);
  const first = stretches[0];
  if (!first || stretches.length < 2) return { kind: "too-few", partyIds };
  let lowest = first; // the stretch that ends lowest
  let highest = first; // the stretch that starts highest
  for (const each of stretches) {
    if (each.stretch.to < lowest.stretch.to) lowest = each;
    if (each.stretch.from > highest.stretch.from) highest = each;
  }
  if (highest.stretch.from <= lowest.stretch.to) {
    return { kind: "zone", from: highest.stretch.from, to: lowest.stretch.to, partyIds };
  }
  return {
    kind: "gap",
    steps: highest.stretch.from - lowest.stretch.to,
    lowPartyId: lowest.partyId,
    highPartyId: highest.partyId,
  };
}
