// Statements sorted and grouped, so selectors stay cheap on 100k statements. Built once per
// dataset and once per filter change by the scope (scope.ts), which keeps the index it built.
import { isAccount, type ProvenanceRule, positionStatements } from "./provenance";
import type { Issue, Statement } from "./schema";

export interface StatementIndex {
  // Every statement by date; same-day statements keep dataset order, so "later wins" holds.
  readonly byDate: readonly Statement[];
  // issueId → partyId → that party's statements on the issue, in byDate order.
  readonly byIssue: ReadonlyMap<string, ReadonlyMap<string, readonly Statement[]>>;
  // Distinct statement dates, ascending.
  readonly dates: readonly string[];
  // Whose statements make a position (provenance.ts), and per cell the statements that may
  // set it under that rule, where they differ from the cell's statements (cells holding an
  // account by another party).
  readonly rule: ProvenanceRule;
  readonly positionsByIssue: ReadonlyMap<string, ReadonlyMap<string, readonly Statement[]>>;
  // issueId → the parties with an account by another party on it, whatever the rule: only
  // their cells are searched for accounts that differ from the shown stance.
  readonly accountsByIssue: ReadonlyMap<string, ReadonlySet<string>>;
}

const NO_STATEMENTS: readonly Statement[] = [];

// Returns the index of the statements (a dataset, or anything holding statements). Not
// memoised: the caller keeps it (see createScope). Statements already in date order (a
// filtered scope's) are not sorted again.
export function indexStatements(
  source: { readonly statements: readonly Statement[] },
  rule: ProvenanceRule = "own-first",
): StatementIndex {
  // Array.prototype.sort is stable, so ties on a date stay in dataset order.
  const byDate = isInDateOrder(source.statements)
    ? source.statements
    : [...source.statements].sort(compareDates);
  const byIssue = new Map<string, Map<string, Statement[]>>();
  const dates: string[] = [];
  for (const statement of byDate) {
    let byParty = byIssue.get(statement.issueId);
    if (!byParty) {
      byParty = new Map();
      byIssue.set(statement.issueId, byParty);
    }
    const cell = byParty.get(statement.partyId);
    if (cell) cell.push(statement);
    else byParty.set(statement.partyId, [statement]);
    if (dates[dates.length - 1] !== statement.date) dates.push(statement.date);
  }
  const positionsByIssue = new Map<string, Map<string, readonly Statement[]>>();
  const accountsByIssue = new Map<string, Set<string>>();
  for (const [issueId, byParty] of byIssue)
    for (const [partyId, cell] of byParty) {
      if (cell.some(isAccount)) {
        const parties = accountsByIssue.get(issueId) ?? new Set<string>();
        parties.add(partyId);
        accountsByIssue.set(issueId, parties);
      }
      const positions = positionStatements(cell, rule);
      if (positions === cell) continue;
      let differing = positionsByIssue.get(issueId);
      if (!differing) {
        differing = new Map();
        positionsByIssue.set(issueId, differing);
      }
      differing.set(partyId, positions);
    }
  return { byDate, byIssue, dates, rule, positionsByIssue, accountsByIssue };
}

function isInDateOrder(statements: readonly Statement[]): boolean {
  for (let i = 1; i < statements.length; i++) {
    if ((statements[i] as Statement).date < (statements[i - 1] as Statement).date) return false;
  }
  return true;
}

// Returns the first and last statement dates ("" for none) in one pass, without sorting: for
// checking a link's dates before any index is built.
export function statementDateRange(statements: readonly Statement[]): {
  first: string;
  last: string;
} {
  let first = "";
  let last = "";
  for (const statement of statements) {
    if (first === "" || statement.date < first) first = statement.date;
    if (statement.date > last) last = statement.date;
  }
  return { first, last };
}

// Returns one party's statements on one issue in date order (empty if none).
export function cellStatements(
  index: StatementIndex,
  issueId: string,
  partyId: string,
): readonly Statement[] {
  return index.byIssue.get(issueId)?.get(partyId) ?? NO_STATEMENTS;
}

// Returns the statements of one party on one issue that may set its position, in date order:
// the provenance rule of the index applied (provenance.ts). Every position a view shows, a
// step line, a gap, a move or a deal-space stretch, is read from these.
export function cellPositionStatements(
  index: StatementIndex,
  issueId: string,
  partyId: string,
): readonly Statement[] {
  return (
    index.positionsByIssue.get(issueId)?.get(partyId) ?? cellStatements(index, issueId, partyId)
  );
}

// Returns the 0-based position of the stance on the issue's axis; null for no clear stance
// and for an id the issue does not list (the schema cannot check that reference, and a
// dangling id must not crash a view).
export function stanceIndex(issue: Issue, stanceId: string | null): number | null {
  if (stanceId === null) return null;
  const position = issue.stances.findIndex((stance) => stance.id === stanceId);
  return position === -1 ? null : position;
}

// Returns stance id → 0-based position on the issue's axis, for loops that place thousands
// of statements on one issue (build it once per loop, not per statement). The first of
// duplicate ids wins, as in stanceIndex.
export function stancePositions(issue: Issue): ReadonlyMap<string, number> {
  const positions = new Map<string, number>();
  issue.stances.forEach((stance, i) => {
    if (!positions.has(stance.id)) positions.set(stance.id, i);
  });
  return positions;
}

// Returns how many of the date-sorted statements are dated on or before `date`.
export function countOnOrBefore(statements: readonly Statement[], date: string): number {
  return searchDates(statements, (statementDate) => statementDate <= date);
}

// Returns how many of the date-sorted statements are dated before `date`.
export function countBefore(statements: readonly Statement[], date: string): number {
  return searchDates(statements, (statementDate) => statementDate < date);
}

// Binary search for the length of the prefix whose dates satisfy `isInPrefix`.
function searchDates(
  statements: readonly Statement[],
  isInPrefix: (statementDate: string) => boolean,
): number {
  let low = 0;
  let high = statements.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const statement = statements[middle];
    if (statement && isInPrefix(statement.date)) low = middle + 1;
    else high = middle;
  }
  return low;
}

// ISO dates sort as strings; localeCompare would be slower and locale-dependent.
function compareDates(a: Statement, b: Statement): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}
