// The matrix as shown: which issues and parties, each cell's position as of a date, what
// changed since the compare date, and the gap between two parties. Pure, so the table and
// the CSV export read the same thing.
import { gapBetween } from "../../domain/gapSeries";
import type { PositionCell } from "../../domain/positionsAsOf";
import type { Issue, Party } from "../../domain/schema";
import type { ResolvedChoices, Scope } from "../../domain/scope";

export interface MatrixCellView {
  issue: Issue;
  party: Party;
  current: PositionCell;
  // The cell at the compare date; null when compare mode is off.
  previous: PositionCell | null;
  isChanged: boolean;
}

export interface GapMeasure {
  // 0…1 (see gapBetween); null when either party has no stance.
  gap: number | null;
  steps: number | null;
}

export interface GapView extends GapMeasure {
  issue: Issue;
  scaleSteps: number;
  // The gap at the compare date; null when compare mode is off.
  previous: GapMeasure | null;
}

export interface MatrixModel {
  asOf: string;
  compareFrom: string | null;
  issues: readonly Issue[];
  parties: readonly Party[];
  cells: ReadonlyMap<string, MatrixCellView>;
  // null when the dataset has fewer than two parties. Either may be a party the party filter
  // hides: the gap pair is a choice of its own.
  gapParties: readonly [Party, Party] | null;
  gaps: readonly GapView[];
  changedCount: number;
}

export function cellKey(issueId: string, partyId: string): string {
  return `${issueId}:${partyId}`;
}

// Returns the matrix of the scope's issues and parties at the resolved choices: positions
// come from the scope (memoised per date), so a new compare date costs one new matrix.
export function buildMatrix(scope: Scope, choices: ResolvedChoices): MatrixModel {
  const { issues, parties, dataset } = scope;
  const asOf = choices.asOf.date;
  const { compareFrom, gapPair } = choices;
  const current = scope.positionsAt(asOf);
  const previous = compareFrom ? scope.positionsAt(compareFrom) : null;
  const changed = new Set(
    compareFrom
      ? scope
          .changesBetween(compareFrom, asOf)
          .map((change) => cellKey(change.issueId, change.partyId))
      : [],
  );
  const shownIssues = new Set(issues);
  const shownParties = new Set(parties);

  const cells = new Map<string, MatrixCellView>();
  let changedCount = 0;
  current.rows.forEach((row, rowIndex) => {
    row.cells.forEach((cell, partyIndex) => {
      const party = dataset.parties[partyIndex];
      if (!party) return;
      const key = cellKey(row.issue.id, party.id);
      const isChanged = changed.has(key);
      if (isChanged && shownIssues.has(row.issue) && shownParties.has(party)) changedCount++;
      const before = previous?.rows[rowIndex]?.cells[partyIndex] ?? null;
      cells.set(key, { issue: row.issue, party, current: cell, previous: before, isChanged });
    });
  });

  const gaps = issues.map((issue): GapView => {
    const a = gapPair ? cells.get(cellKey(issue.id, gapPair[0].id)) : undefined;
    const b = gapPair ? cells.get(cellKey(issue.id, gapPair[1].id)) : undefined;
    return {
      issue,
      ...measureGap(a?.current, b?.current),
      scaleSteps: issue.stances.length - 1,
      previous: compareFrom ? measureGap(a?.previous, b?.previous) : null,
    };
  });

  return { asOf, compareFrom, issues, parties, cells, gapParties: gapPair, gaps, changedCount };
}

function measureGap(
  a: PositionCell | null | undefined,
  b: PositionCell | null | undefined,
): GapMeasure {
  if (!a || !b || a.stanceIndex === null || b.stanceIndex === null)
    return { gap: null, steps: null };
  return { gap: gapBetween(a, b), steps: Math.abs(a.stanceIndex - b.stanceIndex) };
}
