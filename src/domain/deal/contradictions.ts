// Two voices of one party saying different things on one issue at about the same time.
import { ownStatements } from "../provenance";
import type { Dataset, Issue, Statement } from "../schema";
import {
  cellStatements,
  countOnOrBefore,
  indexStatements,
  type StatementIndex,
  stancePositions,
} from "../statementIndex";
import { type ContradictionThresholds, DEFAULT_THRESHOLDS } from "./contradictionThresholds";
import { dayNumber } from "./days";

export interface Contradiction {
  partyId: string;
  issueId: string;
  earlier: Statement;
  later: Statement;
  steps: number;
  days: number;
}

interface Heard {
  statement: Statement;
  day: number;
}

// The latest statement heard at one stance, and the latest one at that stance by any other
// speaker: enough to find, for a new statement, the latest earlier one by another speaker.
interface StanceSlot {
  latest: Heard | null;
  latestOtherSpeaker: Heard | null;
}

// Returns one alert per later statement of one party on one issue (date order, first `count`
// of `statements`): paired with the most recent earlier statement, by another speaker, both
// `stated` with a clear stance, at least minSteps apart and at most maxDays before it. One
// alert per statement keeps a long quarrel readable; every pair would grow as its square.
export function cellContradictions(
  issue: Issue,
  partyId: string,
  statements: readonly Statement[],
  count: number,
  thresholds: ContradictionThresholds,
): Contradiction[] {
  const positions = stancePositions(issue);
  const slots: StanceSlot[] = issue.stances.map(() => ({ latest: null, latestOtherSpeaker: null }));
  const found: Contradiction[] = [];
  for (let i = 0; i < count; i++) {
    const statement = statements[i] as Statement;
    if (statement.dateBasis === "standing" || statement.stanceId === null) continue;
    const position = positions.get(statement.stanceId);
    if (position === undefined) continue;
    const heard = { statement, day: dayNumber(statement.date) };
    let best: Heard | null = null;
    let bestPosition = 0;
    for (let other = 0; other < slots.length; other++) {
      if (Math.abs(other - position) < thresholds.minSteps) continue;
      const slot = slots[other] as StanceSlot;
      const candidate =
        slot.latest && slot.latest.statement.speaker.name !== statement.speaker.name
          ? slot.latest
          : slot.latestOtherSpeaker;
      if (!candidate || heard.day - candidate.day > thresholds.maxDays) continue;
      if (!best || candidate.day > best.day) {
        best = candidate;
        bestPosition = other;
      }
    }
    if (best) {
      found.push({
        partyId,
        issueId: issue.id,
        earlier: best.statement,
        later: statement,
        steps: Math.abs(position - bestPosition),
        days: heard.day - best.day,
      });
    }
    const slot = slots[position] as StanceSlot;
    if (slot.latest && slot.latest.statement.speaker.name !== statement.speaker.name) {
      slot.latestOtherSpeaker = slot.latest;
    }
    slot.latest = heard;
  }
  return found;
}

// Returns the contradictions up to `asOf` on the issues and parties given, by issue then
// party in dataset order, each cell's in date order.
export function findContradictions(
  dataset: Dataset,
  issueIds: readonly string[],
  partyIds: readonly string[],
  asOf: string,
  thresholds: ContradictionThresholds = DEFAULT_THRESHOLDS,
  // The scope passes its index; without it the statements are indexed here.
  index: StatementIndex = indexStatements(dataset),
): Contradiction[] {
  const wanted = new Set(issueIds);
  const found: Contradiction[] = [];
  for (const issue of dataset.issues) {
    if (!wanted.has(issue.id)) continue;
    for (const partyId of partyIds) {
      // Among the party's own speakers: another party's account is not the party contradicting itself.
      const statements = ownStatements(cellStatements(index, issue.id, partyId));
      const count = countOnOrBefore(statements, asOf);
      for (const each of cellContradictions(issue, partyId, statements, count, thresholds)) {
        found.push(each);
      }
    }
  }
  return found;
}
