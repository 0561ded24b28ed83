// An account by another party that would move the party's position: a statement with
// `reportedBy` whose stance differs from the party's latest own statement at that date, and
// which would be the party's latest clear stance, so under "the latest statement wins, whoever
// made it" (positionsAsOf) it changes what the matrix and the charts show for the party.
import type { Statement } from "../schema";
import type { ReviewFlag } from "./flag";
import { possessive, type ReviewContext } from "./reviewContext";

const isAccount = (statement: Statement) => Boolean(statement.reportedBy);

export function accountMovesPosition(context: ReviewContext): ReviewFlag[] {
  const flags: ReviewFlag[] = [];
  for (const cell of context.cells) {
    const nextStanceDates = nextStanceDatesOf(cell);
    let ownLatest: Statement | null = null;
    for (let i = 0; i < cell.length; i++) {
      const statement = cell[i] as Statement;
      if (statement.stanceId === null) continue;
      if (!isAccount(statement)) {
        ownLatest = statement;
        continue;
      }
      if (ownLatest?.stanceId === statement.stanceId) continue;
      // A later statement with a clear stance on the same day wins the day (positionsAsOf's
      // tie rule), so the account would not be shown.
      if (nextStanceDates[i] === statement.date) continue;
      flags.push(accountFlag(context, statement, ownLatest));
    }
  }
  return flags;
}

// For each statement, the date of the next one after it with a clear stance (null if none):
// one backward pass, however many statements share a day.
function nextStanceDatesOf(cell: readonly Statement[]): Array<string | null> {
  const dates = new Array<string | null>(cell.length);
  let next: string | null = null;
  for (let i = cell.length - 1; i >= 0; i--) {
    dates[i] = next;
    const statement = cell[i] as Statement;
    if (statement.stanceId !== null) next = statement.date;
  }
  return dates;
}

function accountFlag(
  context: ReviewContext,
  statement: Statement,
  own: Statement | null,
): ReviewFlag {
  const reporter = statement.reportedBy?.name ?? "";
  const stance = (of: Statement) => context.stanceLabel(of.issueId, of.stanceId);
  const against =
    own === null
      ? "it has said nothing of its own before it"
      : `its own latest, ${own.id} (${own.date}), says “${stance(own)}”`;
  return {
    rule: "account-moves-position",
    statementIds: own === null ? [statement.id] : [statement.id, own.id],
    message:
      `${statement.id} is ${possessive(reporter)} account of ${possessive(context.partyName(statement.partyId))} ` +
      `position (“${stance(statement)}”) and would become its shown position on ` +
      `${statement.date}, though ${against}.`,
    evidence: `reported by ${reporter}: “${stance(statement)}”`,
  };
}
