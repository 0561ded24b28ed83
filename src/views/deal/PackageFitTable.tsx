// Each party's distance to the package, term by term and overall, with its fit in words.
import type { DealSpace } from "../../domain/deal/dealSpace";
import type { PartyFit } from "../../domain/deal/packageFit";
import type { Party } from "../../domain/schema";
import { distanceText, verdictText } from "./packageRows";

interface PackageFitTableProps {
  fits: readonly PartyFit[];
  space: DealSpace;
  parties: readonly Party[];
}

export function PackageFitTable({ fits, space, parties }: PackageFitTableProps) {
  const names = new Map(parties.map((party) => [party.id, party.name]));
  const issueNames = new Map(space.issues.map(({ issue }) => [issue.id, issue.name]));
  const termIssues = fits[0]?.terms.map((term) => term.issueId) ?? [];
  return (
    <section
      className="deal-table-wrap"
      aria-label="Package fit: table"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls sideways on phones, and keyboard users can only scroll what they can focus (axe scrollable-region-focusable).
      tabIndex={0}
    >
      <table className="deal-table">
        <caption>Distance of each party to the package (0: its stance; 1: the far end)</caption>
        <thead>
          <tr>
            <th scope="col">Party</th>
            <th scope="col">Overall</th>
            {termIssues.map((issueId) => (
              <th scope="col" key={issueId}>
                {issueNames.get(issueId) ?? issueId}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {fits.map((fit) => (
            <tr key={fit.partyId}>
              <th scope="row">{names.get(fit.partyId) ?? fit.partyId}</th>
              <td>
                {fit.overall === null ? "–" : distanceText(fit.overall)}
                <span className="deal-moved">
                  over {fit.measuredTerms} of {fit.terms.length} terms
                </span>
              </td>
              {fit.terms.map((term) => (
                <td key={term.issueId} className={`fit-${term.verdict}`}>
                  {term.distance === null ? "–" : distanceText(term.distance)}
                  <span className="deal-moved">{verdictText(term.verdict)}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
