// How far a proposed package of terms lies from each party, and whether it could accept it.
import type { PartyPosition } from "./stretch";

// One stance position per issue in the package; an issue left out has no term.
export type DealPackage = ReadonlyMap<string, number>;

// "inside": within the stretch the party could accept; "outside": beyond it; "red-line":
// beyond it where the position is held as a red line; "no-position": nothing to compare.
export type TermVerdict = "inside" | "outside" | "red-line" | "no-position";

export interface TermFit {
  issueId: string;
  term: number;
  // |stance − term| / (scale size − 1), the matrix's gap measure; null without a stance.
  distance: number | null;
  verdict: TermVerdict;
}

export interface PartyFit {
  partyId: string;
  terms: TermFit[];
  // Mean distance over the terms with one; null if none has.
  overall: number | null;
  // How many terms the mean is over (fewer than the package's when a position is missing).
  measuredTerms: number;
}

// Returns one term's fit to a position on its issue (scaleSize: that issue's stance count).
export function termFit(
  position: PartyPosition | undefined,
  issueId: string,
  term: number,
  scaleSize: number,
): TermFit {
  const stanceIndex = position?.stanceIndex ?? null;
  // The schema requires two stances, so scaleSize − 1 is never 0.
  const distance = stanceIndex === null ? null : Math.abs(stanceIndex - term) / (scaleSize - 1);
  const stretch = position?.stretch ?? null;
  let verdict: TermVerdict = "no-position";
  if (stretch) {
    const isInside = term >= stretch.from && term <= stretch.to;
    verdict = isInside ? "inside" : position?.firmness === "red-line" ? "red-line" : "outside";
  }
  return { issueId, term, distance, verdict };
}

// Returns each party's fit to the package. `positions(issueId, partyId)` gives the position
// as of the date read; `scaleSizes` each package issue's stance count.
export function packageFit(
  pack: DealPackage,
  partyIds: readonly string[],
  positions: (issueId: string, partyId: string) => PartyPosition | undefined,
  scaleSizes: ReadonlyMap<string, number>,
): PartyFit[] {
  return partyIds.map((partyId) => {
    const terms: TermFit[] = [];
    for (const [issueId, term] of pack) {
      const size = scaleSizes.get(issueId);
      if (size === undefined) continue;
      terms.push(termFit(positions(issueId, partyId), issueId, term, size));
    }
    let sum = 0;
    let measuredTerms = 0;
    for (const fit of terms) {
      if (fit.distance === null) continue;
      sum += fit.distance;
      measuredTerms++;
    }
    return {
      partyId,
      terms,
      overall: measuredTerms > 0 ? sum / measuredTerms : null,
      measuredTerms,
    };
  });
}
