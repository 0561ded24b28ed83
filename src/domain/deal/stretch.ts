// A party's position on one issue as of a date: its stated stance, the stretch of the scale
// it signals it could accept, and how firmly it holds it (Method view, "Deal space").
import type { Firmness, Issue, Statement } from "../schema";
import { stancePositions } from "../statementIndex";

// An inclusive run of stance positions on an issue's axis, from ≤ to.
export interface Stretch {
  from: number;
  to: number;
}

export interface PartyPosition {
  partyId: string;
  issueId: string;
  // Position of the latest clear stance on or before the date; null if none.
  stanceIndex: number | null;
  // What the party could accept; its stance alone when it signalled no range; null with
  // neither a stance nor a range.
  stretch: Stretch | null;
  // True when the stretch comes from an `acceptable` range, not the stance alone.
  isRangeSignalled: boolean;
  firmness: Firmness | null;
  stanceStatement: Statement | null;
  // The statement whose `acceptable` gives the stretch (null when it is the stance alone).
  rangeStatement: Statement | null;
  // The latest statement of the cell on or before the date, with or without a stance.
  latest: Statement | null;
}

// Returns the position from the first `count` statements of one party on one issue (date
// order, as statementIndex keeps them). Rules: the latest statement with a usable
// `acceptable` gives the stretch, else the stated stance alone; a stance stated after that
// range and lying outside it replaces it (the party has moved off its own range). Firmness is
// that of the later of the two statements behind the position that states one.
export function positionFromStatements(
  issue: Issue,
  partyId: string,
  statements: readonly Statement[],
  count: number,
): PartyPosition {
  const positions = stancePositions(issue);
  let stanceAt = -1;
  let stanceIndex: number | null = null;
  let rangeAt = -1;
  let range: Stretch | null = null;
  // Backwards, stopping once both are found: the latest of each is all the rule needs.
  for (let i = count - 1; i >= 0 && (stanceAt === -1 || rangeAt === -1); i--) {
    const statement = statements[i] as Statement;
    if (stanceAt === -1 && statement.stanceId !== null) {
      const position = positions.get(statement.stanceId);
      if (position !== undefined) {
        stanceAt = i;
        stanceIndex = position;
      }
    }
    if (rangeAt === -1 && statement.acceptable) {
      const from = positions.get(statement.acceptable.from);
      const to = positions.get(statement.acceptable.to);
      // An id the issue does not list, or a reversed range, is unusable (validation rejects
      // both; a view must not draw them).
      if (from !== undefined && to !== undefined && from <= to) {
        rangeAt = i;
        range = { from, to };
      }
    }
  }
  const isReplaced =
    range !== null &&
    stanceIndex !== null &&
    stanceAt > rangeAt &&
    (stanceIndex < range.from || stanceIndex > range.to);
  const keepsRange = range !== null && !isReplaced;
  const stanceStatement = stanceAt === -1 ? null : (statements[stanceAt] as Statement);
  const rangeStatement = keepsRange ? (statements[rangeAt] as Statement) : null;
  return {
    partyId,
    issueId: issue.id,
    stanceIndex,
    stretch: keepsRange
      ? range
      : stanceIndex === null
        ? null
        : { from: stanceIndex, to: stanceIndex },
    isRangeSignalled: keepsRange,
    firmness: firmnessOf(stanceStatement, rangeStatement, stanceAt, rangeAt),
    stanceStatement,
    rangeStatement,
    latest: count > 0 ? (statements[count - 1] as Statement) : null,
  };
}

function firmnessOf(
  stanceStatement: Statement | null,
  rangeStatement: Statement | null,
  stanceAt: number,
  rangeAt: number,
): Firmness | null {
  const [later, earlier] =
    rangeStatement && rangeAt > stanceAt
      ? [rangeStatement, stanceStatement]
      : [stanceStatement, rangeStatement];
  return later?.firmness ?? earlier?.firmness ?? null;
}
