// The matrix as shown: which issues and parties, each cell's position as of a date, what
// changed since the compare date, and the gap between two parties. Pure, so the table and
// the CSV export read the same thing.
import { changesBetween } from "../../domain/changesBetween";
import { gapBetween } from "../../domain/gapSeries";
import { type PositionCell, positionsAsOf } from "../../domain/positionsAsOf";
import type { Dataset, Issue, Party } from "../../domain/schema";

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
  // null when the dataset has fewer than two parties.
  gapParties: readonly [Party, Party] | null;
  gaps: readonly GapView[];
  changedCount: number;
}

export interface MatrixChoices {
  issueIds: readonly string[];
  partyIds: readonly string[];
  asOf: string;
  compareFrom: string | null;
  gapPartyIds: readonly [string, string] | null;
}

export function cellKey(issueId: string, partyId: string): string {
  return `${issueId}:${partyId}`;
}

// Returns the matrix of `scoped` (a dataset whose statements are already filtered), limited
// to the chosen issues and parties (all when none is chosen).
export function buildMatrix(scoped: Dataset, choices: MatrixChoices): MatrixModel {
  const issues = pickChosen(scoped.issues, choices.issueIds);
  const parties = pickChosen(scoped.parties, choices.partyIds);
  // Compare looks back from "as of"; a compare date after it (a stale link, or "as of" moved
  // back) is read as "as of" itself, so the caption never runs backwards in time.
  const compareFrom =
    choices.compareFrom !== null && choices.compareFrom > choices.asOf
      ? choices.asOf
      : choices.compareFrom;
  const current = positionsAsOf(scoped, choices.asOf);
  const previous = compareFrom ? positionsAsOf(scoped, compareFrom) : null;
  const changed = new Set(
    compareFrom
      ? changesBetween(scoped, compareFrom, choices.asOf).map((change) =>
          cellKey(change.issueId, change.partyId),
        )
      : [],
  );

  const cells = new Map<string, MatrixCellView>();
  let changedCount = 0;
  current.rows.forEach((row, rowIndex) => {
    row.cells.forEach((cell, partyIndex) => {
      const party = scoped.parties[partyIndex];
      if (!party) return;
      const key = cellKey(row.issue.id, party.id);
      const isChanged = changed.has(key);
      const isShown = issues.includes(row.issue) && parties.includes(party);
      if (isChanged && isShown) changedCount++;
      const before = previous?.rows[rowIndex]?.cells[partyIndex] ?? null;
      cells.set(key, { issue: row.issue, party, current: cell, previous: before, isChanged });
    });
  });

  const gapParties = resolveGapParties(scoped.parties, choices.gapPartyIds);
  const gaps = issues.map((issue): GapView => {
    const a = gapParties ? cells.get(cellKey(issue.id, gapParties[0].id)) : undefined;
    const b = gapParties ? cells.get(cellKey(issue.id, gapParties[1].id)) : undefined;
    return {
      issue,
      ...measureGap(a?.current, b?.current),
      scaleSteps: issue.stances.length - 1,
      previous: compareFrom ? measureGap(a?.previous, b?.previous) : null,
    };
  });

  return {
    asOf: choices.asOf,
    compareFrom,
    issues,
    parties,
    cells,
    gapParties,
    gaps,
    changedCount,
  };
}

function measureGap(
  a: PositionCell | null | undefined,
  b: PositionCell | null | undefined,
): GapMeasure {
  if (!a || !b || a.stanceIndex === null || b.stanceIndex === null)
    return { gap: null, steps: null };
  return { gap: gapBetween(a, b), steps: Math.abs(a.stanceIndex - b.stanceIndex) };
}

// Returns the two gap parties: the chosen pair if both exist, else the first two parties.
export function resolveGapParties(
  parties: readonly Party[],
  chosen: readonly [string, string] | null,
): readonly [Party, Party] | null {
  const find = (id: string | undefined) => parties.find((party) => party.id === id);
  const a = find(chosen?.[0]) ?? parties[0];
  const b = find(chosen?.[1]) ?? parties.find((party) => party !== a);
  return a && b ? [a, b] : null;
}

function pickChosen<T extends { id: string }>(all: readonly T[], ids: readonly string[]): T[] {
  return ids.length === 0 ? [...all] : all.filter((record) => ids.includes(record.id));
}
