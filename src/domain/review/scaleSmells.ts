// Signs that an issue's scale is not one ordered dimension: a stance nobody uses, a first
// stance (the scale's anchor) no party takes, and one party's own speakers flipping between two
// neighbouring stances within days, which suggests the two say the same thing.
import { dayNumber } from "../deal/days";
import type { Issue, Statement } from "../schema";
import type { ReviewFlag } from "./flag";
import { possessive, type ReviewContext } from "./reviewContext";

// "Within days": a fortnight covers a week of talks and the reports that follow it.
export const ALTERNATION_DAYS = 14;

export function unusedStances(context: ReviewContext): ReviewFlag[] {
  const used = new Set<string>();
  const key = (issueId: string, stanceId: string) => `${issueId}\u0000${stanceId}`;
  for (const statement of context.dataset.statements) {
    if (statement.stanceId !== null) used.add(key(statement.issueId, statement.stanceId));
    if (statement.acceptable) {
      used.add(key(statement.issueId, statement.acceptable.from));
      used.add(key(statement.issueId, statement.acceptable.to));
    }
    for (const link of statement.conditionLinks ?? []) used.add(key(link.issueId, link.stanceId));
  }
  const flags: ReviewFlag[] = [];
  // The first stance has its own rule (firstStanceUntaken).
  for (const issue of context.dataset.issues)
    for (const stance of issue.stances.slice(1))
      if (!used.has(key(issue.id, stance.id)))
        flags.push({
          rule: "unused-stance",
          issueId: issue.id,
          stanceIds: [stance.id],
          message: `No statement states, accepts or sets as a condition “${stance.label}” on ${issue.name}: is it a place anyone stands, or two stances in one?`,
          evidence: `${issue.id}: ${stance.id}`,
        });
  return flags;
}

export function firstStanceUntaken(context: ReviewContext): ReviewFlag[] {
  const taken = new Set<string>();
  for (const statement of context.dataset.statements)
    if (statement.stanceId !== null) taken.add(`${statement.issueId}\u0000${statement.stanceId}`);
  const flags: ReviewFlag[] = [];
  for (const issue of context.dataset.issues) {
    const first = issue.stances[0];
    if (!first || taken.has(`${issue.id}\u0000${first.id}`)) continue;
    flags.push({
      rule: "first-stance-untaken",
      issueId: issue.id,
      stanceIds: [first.id],
      message: `No party takes “${first.label}”, the first stance of ${issue.name}: the scale should start where a party stands (or its description say why not).`,
      evidence: `${issue.id}: ${first.id}`,
    });
  }
  return flags;
}

export function alternatingStances(context: ReviewContext): ReviewFlag[] {
  const flags: ReviewFlag[] = [];
  for (const cell of context.cells) {
    const issue = context.issues.get((cell[0] as Statement).issueId);
    if (!issue) continue;
    const own = ownStances(cell, issue);
    for (let i = 0; i + 2 < own.length; i++) {
      const [a, b, c] = [own[i], own[i + 1], own[i + 2]] as const;
      if (!a || !b || !c) continue;
      if (a.index !== c.index || Math.abs(a.index - b.index) !== 1) continue;
      if (dayNumber(c.statement.date) - dayNumber(a.statement.date) > ALTERNATION_DAYS) continue;
      flags.push(alternationFlag(context, issue, [a, b, c]));
      i += 2;
    }
  }
  return flags;
}

interface Placed {
  statement: Statement;
  index: number;
}

// The party's own statements (no other party's account) with a clear stance, placed.
function ownStances(cell: readonly Statement[], issue: Issue): Placed[] {
  const places = new Map(issue.stances.map((stance, index) => [stance.id, index]));
  const placed: Placed[] = [];
  for (const statement of cell) {
    if (statement.reportedBy || statement.stanceId === null) continue;
    const index = places.get(statement.stanceId);
    if (index !== undefined) placed.push({ statement, index });
  }
  return placed;
}

function alternationFlag(
  context: ReviewContext,
  issue: Issue,
  [a, b, c]: readonly [Placed, Placed, Placed],
): ReviewFlag {
  const label = (placed: Placed) => context.stanceLabel(issue.id, placed.statement.stanceId);
  const first = a.statement.stanceId ?? "";
  const second = b.statement.stanceId ?? "";
  return {
    rule: "alternating-stances",
    statementIds: [a.statement.id, b.statement.id, c.statement.id],
    issueId: issue.id,
    stanceIds: [first, second],
    message: `${possessive(context.partyName(a.statement.partyId))} own speakers go from “${label(a)}” to “${label(b)}” and back between ${a.statement.date} and ${c.statement.date}: do the two stances overlap?`,
    evidence: `${label(a)} → ${label(b)} → ${label(c)}`,
  };
}
