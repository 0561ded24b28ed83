// Each party's stance on one issue over time, as points and as a step line.
import type { Dataset, Issue, Statement } from "./schema";
import { cellStatements, indexStatements, stanceIndex } from "./statementIndex";

export interface StancePoint {
  date: string;
  // null for a statement with no clear stance.
  stanceIndex: number | null;
  statement: Statement;
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
  // One entry per change of stance, starting at the first clear stance; agrees with
  // positionsAsOf on every date (same-day statements resolve to the last one in dataset order).
  steps: StanceStep[];
}

// Returns one series per party (dataset order) that has statements on the issue; [] for an
// unknown issue.
export function stanceSeries(dataset: Dataset, issueId: string): PartyStanceSeries[] {
  const issue = dataset.issues.find((candidate) => candidate.id === issueId);
  if (!issue) return [];
  const index = indexStatements(dataset);
  const series: PartyStanceSeries[] = [];
  for (const party of dataset.parties) {
    const statements = cellStatements(index, issue.id, party.id);
    if (statements.length === 0) continue;
    series.push({
      partyId: party.id,
      points: statements.map((statement) => ({
        date: statement.date,
        stanceIndex: stanceIndex(issue, statement.stanceId),
        statement,
      })),
      steps: buildSteps(issue, statements),
    });
  }
  return series;
}

function buildSteps(issue: Issue, statements: readonly Statement[]): StanceStep[] {
  const steps: StanceStep[] = [];
  let held: number | null = null;
  let i = 0;
  while (i < statements.length) {
    const date = statements[i]?.date;
    // Resolve the whole day first, so a same-day flip and flip-back is no step.
    while (i < statements.length && statements[i]?.date === date) {
      held = stanceIndex(issue, statements[i]?.stanceId ?? null) ?? held;
      i++;
    }
    if (date !== undefined && held !== null && held !== steps[steps.length - 1]?.stanceIndex) {
      steps.push({ date, stanceIndex: held });
    }
  }
  return steps;
}
