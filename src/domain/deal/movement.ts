// Who moved between two dates, and toward whom (Method view, "Deal space": movement).
import type { Dataset, Issue, Statement } from "../schema";
import {
  cellPositionStatements,
  countOnOrBefore,
  indexStatements,
  type StatementIndex,
  stancePositions,
} from "../statementIndex";

export interface PartyMove {
  partyId: string;
  fromIndex: number | null;
  toIndex: number | null;
  // toIndex − fromIndex: positive toward the scale's last stance, negative toward its first;
  // null unless the party stated a stance by both dates.
  steps: number | null;
  // The other parties' mean stated position at the earlier date; null if none had one.
  othersMean: number | null;
  // How many steps closer to othersMean the party ended; negative if it moved away.
  towardOthers: number | null;
}

export interface IssueMoves {
  issue: Issue;
  moves: PartyMove[];
}

export interface RankedParty {
  partyId: string;
  // Sum of towardOthers over the issues where it is known; null if known on none.
  total: number | null;
  // 1 for the most; parties with equal totals share a rank; null after every known one.
  rank: number | null;
}

// Returns the position of the latest `stated` statement with a clear stance on or before
// `date`: a standing position carries its article's date, not the day it was taken, so it
// is not a move.
export function statedStanceIndex(
  issue: Issue,
  statements: readonly Statement[],
  date: string,
): number | null {
  const positions = stancePositions(issue);
  for (let i = countOnOrBefore(statements, date) - 1; i >= 0; i--) {
    const statement = statements[i] as Statement;
    if (statement.dateBasis === "standing" || statement.stanceId === null) continue;
    const position = positions.get(statement.stanceId);
    if (position !== undefined) return position;
  }
  return null;
}

// Returns how many steps closer to `target` a move from `from` to `to` ended (the distance
// shrank by that much); overshooting the target counts only what was gained.
export function stepsToward(from: number, to: number, target: number): number {
  return Math.abs(from - target) - Math.abs(to - target);
}

// Returns each party's move on one issue, given its stated positions at the two dates (in
// view order). "The other side" of a party is the mean of the other parties' positions at the
// earlier date, so the rule holds for any number of parties.
export function issueMoves(
  issue: Issue,
  positions: readonly { partyId: string; fromIndex: number | null; toIndex: number | null }[],
): IssueMoves {
  let sum = 0;
  let known = 0;
  for (const each of positions) {
    if (each.fromIndex !== null) {
      sum += each.fromIndex;
      known++;
    }
  }
  const moves = positions.map(({ partyId, fromIndex, toIndex }) => {
    const isKnownHere = fromIndex !== null;
    const others = known - (isKnownHere ? 1 : 0);
    const othersMean = others > 0 ? (sum - (fromIndex ?? 0)) / others : null;
    const isComparable = fromIndex !== null && toIndex !== null;
    return {
      partyId,
      fromIndex,
      toIndex,
      steps: isComparable ? toIndex - fromIndex : null,
      othersMean,
      towardOthers:
        isComparable && othersMean !== null ? stepsToward(fromIndex, toIndex, othersMean) : null,
    };
  });
  return { issue, moves };
}

// Returns the parties ranked by steps moved toward the others, summed over the issues given.
export function rankByMovement(
  partyIds: readonly string[],
  issues: readonly IssueMoves[],
): RankedParty[] {
  const totals = new Map<string, number>();
  for (const { moves } of issues) {
    for (const move of moves) {
      if (move.towardOthers === null) continue;
      totals.set(move.partyId, (totals.get(move.partyId) ?? 0) + move.towardOthers);
    }
  }
  return rankValues(partyIds.map((partyId) => ({ partyId, total: totals.get(partyId) ?? null })));
}

// Returns the entries, highest total first (unknown last, in the given order), with shared
// ranks for equal totals ("1, 1, 3").
export function rankValues(
  entries: readonly { partyId: string; total: number | null }[],
): RankedParty[] {
  const known = entries.filter((each) => each.total !== null) as {
    partyId: string;
    total: number;
  }[];
  const sorted = [...known].sort((a, b) => b.total - a.total);
  const ranked: RankedParty[] = sorted.map((each) => ({
    ...each,
    rank: 1 + sorted.filter((other) => other.total > each.total).length,
  }));
  for (const each of entries) if (each.total === null) ranked.push({ ...each, rank: null });
  return ranked;
}

// Returns the moves between `from` and `to` on every issue and party given (dataset order).
export function movementBetween(
  dataset: Dataset,
  issueIds: readonly string[],
  partyIds: readonly string[],
  from: string,
  to: string,
  // The scope passes its index; without it the statements are indexed here.
  index: StatementIndex = indexStatements(dataset),
): IssueMoves[] {
  const wanted = new Set(issueIds);
  return dataset.issues
    .filter((issue) => wanted.has(issue.id))
    .map((issue) =>
      issueMoves(
        issue,
        partyIds.map((partyId) => {
          // Moves between positions by the provenance rule: an account is not a move.
          const statements = cellPositionStatements(index, issue.id, partyId);
          return {
            partyId,
            fromIndex: statedStanceIndex(issue, statements, from),
            toIndex: statedStanceIndex(issue, statements, to),
          };
        }),
      ),
    );
}
