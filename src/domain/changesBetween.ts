// The cells of the matrix whose stance differs between two dates.
import { type PositionMatrix, positionsAsOf } from "./positionsAsOf";
import type { Dataset, Stance, Statement } from "./schema";

export interface StanceChange {
  issueId: string;
  partyId: string;
  // null when the party had no stance yet at the earlier date.
  fromStance: Stance | null;
  fromIndex: number | null;
  // Never null: a no-stance statement cannot erase a stance, so a change always lands on one.
  toStance: Stance;
  toIndex: number;
  // The statements behind the cell dated after the earlier date, up to the later one.
  statements: readonly Statement[];
}

// Returns the changes from `from` to `to` (both ISO; swapped if from > to), in matrix order
// (issues, then parties, in dataset order). A stance that moves and comes back within the
// window is not a change, and neither is one that only a standing statement (dateBasis
// "standing": a position reported without saying when it was stated) brings: its date is
// the article's, not the day the party moved.
export function changesBetween(dataset: Dataset, from: string, to: string): StanceChange[] {
  const [earlier, later] = from <= to ? [from, to] : [to, from];
  return changesBetweenMatrices(positionsAsOf(dataset, earlier), positionsAsOf(dataset, later));
}

// Returns the changes from the matrix `before` to the later matrix `after` (both of the same
// issues and parties, e.g. the scope's positionsAt of two dates), in matrix order.
export function changesBetweenMatrices(
  before: PositionMatrix,
  after: PositionMatrix,
): StanceChange[] {
  const changes: StanceChange[] = [];
  after.rows.forEach((row, rowIndex) => {
    row.cells.forEach((cell, cellIndex) => {
      const previous = before.rows[rowIndex]?.cells[cellIndex];
      if (!previous || cell.stance === null || cell.stanceIndex === null) return;
      if (previous.stanceIndex === cell.stanceIndex) return;
      // Both lists are date-sorted prefixes of the same cell, so the new ones are the tail.
      const statements = cell.statements.slice(previous.statements.length);
      if (!statements.some((statement) => isStatedMove(statement, previous.stance))) return;
      changes.push({
        issueId: cell.issueId,
        partyId: cell.partyId,
        fromStance: previous.stance,
        fromIndex: previous.stanceIndex,
        toStance: cell.stance,
        toIndex: cell.stanceIndex,
        statements,
      });
    });
  });
  return changes;
}

// True when a statement stated (not merely reported as standing) a stance other than `from`.
function isStatedMove(statement: Statement, from: Stance | null): boolean {
  return (
    statement.dateBasis !== "standing" &&
    statement.stanceId !== null &&
    statement.stanceId !== from?.id
  );
}
