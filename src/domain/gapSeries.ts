// How far apart two parties stand on one issue, over time.
import type { PositionCell } from "./positionsAsOf";
import type { Dataset, Issue, Statement } from "./schema";
import {
  cellPositionStatements,
  indexStatements,
  type StatementIndex,
  stanceIndex,
} from "./statementIndex";

export interface GapPoint {
  date: string;
  // |indexA − indexB| / (scaleSize − 1): 0 = same stance, 1 = opposite ends of the axis.
  gap: number;
  stanceIndexA: number;
  stanceIndexB: number;
}

// Returns one point per date on which either party spoke on the issue, from the first date
// on which both hold a stance; [] for an unknown issue or if they never both do.
// `index` as in positionsAsOf.
export function gapSeries(
  dataset: Pick<Dataset, "issues" | "statements">,
  issueId: string,
  partyA: string,
  partyB: string,
  index: StatementIndex = indexStatements(dataset),
): GapPoint[] {
  const issue = dataset.issues.find((candidate) => candidate.id === issueId);
  if (!issue) return [];
  // Positions by the provenance rule: another party's account does not move a party.
  const statementsA = cellPositionStatements(index, issue.id, partyA);
  const statementsB = cellPositionStatements(index, issue.id, partyB);
  const points: GapPoint[] = [];
  let heldA: number | null = null;
  let heldB: number | null = null;
  let a = 0;
  let b = 0;
  while (a < statementsA.length || b < statementsB.length) {
    const date = earliestDate(statementsA[a], statementsB[b]);
    // Consume the whole day on both sides: the last clear stance of the day wins.
    for (; a < statementsA.length && statementsA[a]?.date === date; a++) {
      heldA = stanceAt(issue, statementsA[a]) ?? heldA;
    }
    for (; b < statementsB.length && statementsB[b]?.date === date; b++) {
      heldB = stanceAt(issue, statementsB[b]) ?? heldB;
    }
    if (heldA !== null && heldB !== null) {
      points.push({
        date,
        gap: normalisedGap(heldA, heldB, issue.stances.length),
        stanceIndexA: heldA,
        stanceIndexB: heldB,
      });
    }
  }
  return points;
}

// Returns the normalised gap between two cells of the same issue (e.g. from one
// positionsAsOf matrix); null if either has no stance or the cells are of different issues.
export function gapBetween(cellA: PositionCell, cellB: PositionCell): number | null {
  if (cellA.issueId !== cellB.issueId) return null;
  if (cellA.stanceIndex === null || cellB.stanceIndex === null) return null;
  return normalisedGap(cellA.stanceIndex, cellB.stanceIndex, cellA.scaleSize);
}

// The schema requires at least two stances, so scaleSize − 1 is never 0.
function normalisedGap(indexA: number, indexB: number, scaleSize: number): number {
  return Math.abs(indexA - indexB) / (scaleSize - 1);
}

function stanceAt(issue: Issue, statement: Statement | undefined): number | null {
  return statement ? stanceIndex(issue, statement.stanceId) : null;
}

// The loop calls this only while one side has statements left, so "" is never returned.
function earliestDate(a: Statement | undefined, b: Statement | undefined): string {
  if (a && (!b || a.date <= b.date)) return a.date;
  return b?.date ?? "";
}
