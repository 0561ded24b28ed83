// The party × issue matrix as it stood on a date.
import { type HeldSince, heldSince, isAccount } from "./provenance";
import type { Dataset, Issue, Stance, Statement } from "./schema";
import {
  cellPositionStatements,
  cellStatements,
  countOnOrBefore,
  indexStatements,
  type StatementIndex,
  stanceIndex,
} from "./statementIndex";

export interface PositionCell {
  issueId: string;
  partyId: string;
  // The stance of the party's latest statement with a clear stance; null if it has none yet.
  stance: Stance | null;
  // 0-based position of `stance` on the issue's axis.
  stanceIndex: number | null;
  // Number of stances on the issue's axis, so a cell can be placed without the issue.
  scaleSize: number;
  // Every statement behind the cell up to the date, in date order (including no-stance ones).
  statements: readonly Statement[];
  // The most recent statement, whether or not it states a stance.
  latest: Statement | null;
  // The statement `stance` is taken from (provenance.ts: the party's own where it has one).
  stanceStatement: Statement | null;
  // True when `stance` rests on another party's account ("per J.D. Vance").
  isAccount: boolean;
  // Accounts by other parties up to the date whose clear stance differs from `stance`.
  differingAccounts: readonly Statement[];
  // Since when `stance` has been held, and when it was last stated; null without a stance.
  held: HeldSince | null;
}

export interface PositionRow {
  issue: Issue;
  // One cell per party, in dataset order.
  cells: PositionCell[];
}

export interface PositionMatrix {
  asOf: string;
  // One row per issue, in dataset order.
  rows: PositionRow[];
}

// Returns each party's position on each issue as of `date` (ISO, inclusive). A statement
// with no clear stance does not erase an earlier stance; on a tie the later statement in
// dataset order wins. `index` is of the statements to use (the scope passes the one it keeps;
// without it the dataset's statements are indexed on the call).
export function positionsAsOf(
  dataset: Pick<Dataset, "issues" | "parties" | "statements">,
  date: string,
  index: StatementIndex = indexStatements(dataset),
): PositionMatrix {
  const rows = dataset.issues.map((issue) => ({
    issue,
    cells: dataset.parties.map((party) => {
      const all = cellStatements(index, issue.id, party.id);
      const count = countOnOrBefore(all, date);
      // Reuse the cached array when nothing is cut off: no copy, and a stable reference.
      const statements = count === all.length ? all : all.slice(0, count);
      const candidates = cellPositionStatements(index, issue.id, party.id);
      const hasAccounts = index.accountsByIssue.get(issue.id)?.has(party.id) ?? false;
      return describeCell(issue, party.id, statements, candidates, date, hasAccounts);
    }),
  }));
  return { asOf: date, rows };
}

function describeCell(
  issue: Issue,
  partyId: string,
  statements: readonly Statement[],
  candidates: readonly Statement[],
  date: string,
  hasAccounts: boolean,
): PositionCell {
  const stanceOf = (statement: Statement) => stanceIndex(issue, statement.stanceId);
  const count = candidates === statements ? statements.length : countOnOrBefore(candidates, date);
  let at = -1;
  let position: number | null = null;
  for (let i = count - 1; i >= 0; i--) {
    position = stanceOf(candidates[i] as Statement);
    if (position !== null) {
      at = i;
      break;
    }
  }
  const stanceStatement = at === -1 ? null : (candidates[at] as Statement);
  const differingAccounts =
    stanceStatement === null || !hasAccounts
      ? []
      : statements.filter((statement) => {
          if (statement === stanceStatement || !isAccount(statement)) return false;
          const stance = stanceOf(statement);
          return stance !== null && stance !== position;
        });
  return {
    issueId: issue.id,
    partyId,
    stance: position === null ? null : (issue.stances[position] ?? null),
    stanceIndex: position,
    scaleSize: issue.stances.length,
    statements,
    latest: statements[statements.length - 1] ?? null,
    stanceStatement,
    isAccount: stanceStatement !== null && isAccount(stanceStatement),
    differingAccounts,
    // heldSince reads back from `at`, which lies within the first `count`: no copy needed.
    held: at === -1 ? null : heldSince(candidates, at, stanceOf),
  };
}
