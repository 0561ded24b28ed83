// Party colours: the dataset's own where given, else Okabe–Ito by party order.
import type { Party } from "../domain/schema";

// Okabe & Ito (2008), "Color Universal Design": distinguishable under the common colour
// vision deficiencies. Black is left out so a party line never reads as an axis; yellow and
// orange because yellow-olive is the first end of the stance ramp (styles.css), so no colour means a
// party in one view and a stance in another. Past five parties, marker shapes tell them apart.
const OKABE_ITO = ["#0072B2", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"];

// Returns partyId → colour for every party, in dataset order.
export function partyColors(parties: readonly Party[]): ReadonlyMap<string, string> {
  return new Map(
    parties.map((party, index) => [
      party.id,
      party.color ?? OKABE_ITO[index % OKABE_ITO.length] ?? "#0072B2",
    ]),
  );
}
