// Whose words make a party's position (issue 18). A statement is the party's own (its speaker
// speaks for it) or an account by another party (`reportedBy` names who reported it: J.D.
// Vance describing Russia's demand). The rule, written once and used by every view:
//
//   A party's position as of a date is its latest own statement with a clear stance. An
//   account by another party stands in only while the party has no own position yet, and is
//   marked as such wherever it is shown.
//
// So an account dated after the party's first own stance never moves its position: the matrix
// shows the own stance and says that an account differs; who moved, gaps, the deal space and
// the timeline's step lines count moves between own positions only. The choice "Count accounts
// by other parties as positions" (`accounts=1` in a link) goes back to "the latest statement
// wins, whoever made it".
import type { Statement } from "./schema";

export type ProvenanceRule = "own-first" | "latest-wins";

// True for a position known from another party's account of it.
export function isAccount(statement: Statement): boolean {
  return statement.reportedBy !== undefined && statement.reportedBy !== null;
}

// Returns the statements of one cell (one party on one issue, date order) that may set the
// party's position under `rule`: all of them under "latest-wins"; under "own-first", every own
// statement and the accounts dated before the party's first own statement with a stance.
// Returns the very array when nothing is left out (most cells), so callers can compare.
export function positionStatements(
  statements: readonly Statement[],
  rule: ProvenanceRule,
): readonly Statement[] {
  if (rule === "latest-wins") return statements;
  let hasAccount = false;
  let firstOwnStance: string | null = null;
  for (const statement of statements) {
    if (isAccount(statement)) hasAccount = true;
    else if (firstOwnStance === null && statement.stanceId !== null)
      firstOwnStance = statement.date;
  }
  if (!hasAccount) return statements;
  return statements.filter(
    (statement) =>
      !isAccount(statement) || firstOwnStance === null || statement.date < firstOwnStance,
  );
}

// The party's own statements of a cell (contradictions are looked for among these only).
export function ownStatements(statements: readonly Statement[]): readonly Statement[] {
  return statements.some(isAccount)
    ? statements.filter((statement) => !isAccount(statement))
    : statements;
}

export interface HeldSince {
  // The start of the unbroken run of the stance: the earliest statement of the run.
  date: string;
  // True when that statement reports a standing position: held since that date at the latest.
  isStanding: boolean;
  // The latest statement in the run: when the stance was last stated.
  lastStated: string;
}

// Returns since when the stance of `statements[at]` has been held, reading back through the
// position statements before it: statements without a clear stance do not break the run,
// another stance does. `stanceOf` gives a statement's place on the scale (null: no stance).
export function heldSince(
  statements: readonly Statement[],
  at: number,
  stanceOf: (statement: Statement) => number | null,
): HeldSince | null {
  const held = statements[at];
  if (!held) return null;
  const stance = stanceOf(held);
  if (stance === null) return null;
  let start = held;
  for (let i = at - 1; i >= 0; i--) {
    const earlier = statements[i] as Statement;
    const earlierStance = stanceOf(earlier);
    if (earlierStance === null) continue;
    if (earlierStance !== stance) break;
    start = earlier;
  }
  return { date: start.date, isStanding: start.dateBasis === "standing", lastStated: held.date };
}
