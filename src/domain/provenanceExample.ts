// An example of the provenance rule from the dataset shown, for the Method view: a cell where
// another party's account differs from the party's own words, or else one where an account
// stands in for a party that has said nothing itself. Pure.
import { type PositionCell, positionsAsOf } from "./positionsAsOf";
import type { Dataset, Issue, Party } from "./schema";
import { indexStatements } from "./statementIndex";

export interface ProvenanceExample {
  kind: "account-differs" | "account-stands-in";
  issue: Issue;
  party: Party;
  cell: PositionCell;
}

// Returns the first such cell at the dataset's last statement date (issues, then parties, in
// dataset order); null when no position in the dataset rests on or meets an account.
export function provenanceExample(dataset: Dataset): ProvenanceExample | null {
  const index = indexStatements(dataset);
  const last = index.dates[index.dates.length - 1];
  if (last === undefined) return null;
  const matrix = positionsAsOf(dataset, last, index);
  let standIn: ProvenanceExample | null = null;
  for (const row of matrix.rows) {
    for (const [i, cell] of row.cells.entries()) {
      const party = dataset.parties[i];
      if (!party) continue;
      if (cell.differingAccounts.length > 0 && !cell.isAccount)
        return { kind: "account-differs", issue: row.issue, party, cell };
      standIn ??= cell.isAccount
        ? { kind: "account-stands-in", issue: row.issue, party, cell }
        : null;
    }
  }
  return standIn;
}
