// Each party's stance on one issue over time, as points and as a step line.

import { isAccount } from "./provenance";
import type { Dataset, Statement } from "./schema";
import {
  cellPositionStatements,
  cellStatements,
  indexStatements,
  type StatementIndex,
  stancePositions,
} from "./statementIndex";

export interface StancePoint {
  date: string;
  // null for a statement with no clear stance.
  stanceIndex: number | null;
  statement: Statement;
  // True for another party's account of the position (drawn apart, "per …").
  isAccount: boolean;
}

export interface StanceStep {
  // The date from which the party held the stance.
  date: string;
  stanceIndex: number;
}

export interface PartyStanceSeries {
  partyId: string;
  // Every statement of the party on the issue, in date order.
  points: StancePoint[];
  // One entry per change of stance, starting at the first clear stance, read from the
  // position statements (provenance.ts); agrees with positionsAsOf on every date (same-day
  // statements resolve to the last one in dataset order).
  steps: StanceStep[];
}

// Returns one series per party (dataset order) that has statements on the issue; [] for an
// unknown issue.
// `index` as in positionsAsOf.
export function stanceSeries(
  dataset: Pick<Dataset, "issues" | "parties" | "statements">,
  issueId: string,
  index: StatementIndex = indexStatements(dataset),
): PartyStanceSeries[] {
  const issue = dataset.issues.find((candidate) => candidate.id === issueId);
  if (!issue) return [];
  // One lookup per statement: a search of the issue's stances per point was most of the time.
  const positions = stancePositions(issue);
  const series: PartyStanceSeries[] = [];
  for (const party of dataset.parties) {
    const statements = cellStatements(index, issue.id, party.id);
    if (statements.length === 0) continue;
    const candidates = cellPositionStatements(index, issue.id, party.id);
    const built = partySeries(party.id, candidates, positions);
    // Accounts left out of the position are still points, marked, so the list stays whole.
    if (candidates !== statements)
      built.points = statements.map((statement) => pointOf(statement, positions));
    series.push(built);
  }
  return series;
}

// Points and steps in one pass: a second pass over thousands of points, and a closure per
// point, were most of what this cost above a plain loop.
function partySeries(
  partyId: string,
  statements: readonly Statement[],
  positions: ReadonlyMap<string, number>,
): PartyStanceSeries {
  const points: StancePoint[] = [];
  const steps: StanceStep[] = [];
  let held: number | null = null;
  let last: number | null = null;
  for (let i = 0; i < statements.length; i++) {
    const statement = statements[i] as Statement;
    const point = pointOf(statement, positions);
    const stanceIndex = point.stanceIndex;
    points.push(point);
    held = stanceIndex ?? held;
    // Resolve the whole day first, so a same-day flip and flip-back is no step. (The bound is
    // checked first: reading past an array's end sends V8 down a slow path.)
    if (i + 1 < statements.length && (statements[i + 1] as Statement).date === statement.date)
      continue;
    if (held !== null && held !== last) {
      steps.push({ date: statement.date, stanceIndex: held });
      last = held;
    }
  }
  return { partyId, points, steps };
}

function pointOf(statement: Statement, positions: ReadonlyMap<string, number>): StancePoint {
  const stanceIndex =
    statement.stanceId === null ? null : (positions.get(statement.stanceId) ?? null);
  return { date: statement.date, stanceIndex, statement, isAccount: isAccount(statement) };
}
