// The package and each party's fit to it, as rows: one per party and term, then one overall
// row per party. Pure, so the export is tested without a browser.
import type { PartyFit, TermVerdict } from "../../domain/deal/packageFit";
import type { Issue, Party } from "../../domain/schema";

const VERDICT_TEXT: Record<TermVerdict, string> = {
  inside: "inside its acceptable stretch",
  outside: "outside its acceptable stretch",
  "red-line": "crosses its red line",
  "no-position": "no position",
};

export function verdictText(verdict: TermVerdict): string {
  return VERDICT_TEXT[verdict];
}

// 0.25 → "0.25"; distances are fractions of the scale, two decimals are enough to rank them.
export function distanceText(distance: number | null): string {
  return distance === null ? "" : String(Math.round(distance * 100) / 100);
}

export const PACKAGE_HEADER = [
  "Party",
  "Issue",
  "Package term",
  "Party's stance",
  "Distance (0 to 1)",
  "Fit",
];

export function packageRows(
  fits: readonly PartyFit[],
  issues: ReadonlyMap<string, Issue>,
  parties: ReadonlyMap<string, Party>,
  stanceOf: (issueId: string, partyId: string) => number | null,
): string[][] {
  const rows: string[][] = [PACKAGE_HEADER];
  for (const fit of fits) {
    const partyName = parties.get(fit.partyId)?.name ?? fit.partyId;
    for (const term of fit.terms) {
      const issue = issues.get(term.issueId);
      const stance = stanceOf(term.issueId, fit.partyId);
      rows.push([
        partyName,
        issue?.name ?? term.issueId,
        issue?.stances[term.term]?.label ?? "",
        stance === null ? "No stated stance" : (issue?.stances[stance]?.label ?? ""),
        distanceText(term.distance),
        verdictText(term.verdict),
      ]);
    }
    rows.push([
      partyName,
      "Overall (mean)",
      "",
      "",
      distanceText(fit.overall),
      `over ${fit.measuredTerms} of ${fit.terms.length} terms`,
    ]);
  }
  return rows;
}
