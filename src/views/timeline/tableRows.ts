// Rows of the Timeline's data tables: what each chart plots, as text. Pure.
import type { GapPoint } from "../../domain/gapSeries";
import type { Dataset, Issue, Statement } from "../../domain/schema";
import type { PartyStanceSeries } from "../../domain/stanceSeries";
import { stanceLabel } from "../../domain/statementText";

export interface StanceRow {
  statement: Statement;
  partyName: string;
  stanceLabel: string;
}

// Every statement of the series (never thinned), by date, then party in dataset order.
export function stanceTableRows(
  dataset: Dataset,
  issue: Issue,
  series: readonly PartyStanceSeries[],
): StanceRow[] {
  const rows = series.flatMap((party) => {
    const partyName =
      dataset.parties.find((candidate) => candidate.id === party.partyId)?.name ?? party.partyId;
    return party.points.map((point) => ({
      statement: point.statement,
      partyName,
      // An account by another party is marked as such here too (provenance.ts).
      stanceLabel: point.isAccount
        ? `${stanceLabel(issue, point.statement.stanceId)}, per ${point.statement.reportedBy?.name ?? "another party"}`
        : stanceLabel(issue, point.statement.stanceId),
    }));
  });
  // Stable sort: same-day rows keep party order, and within a party the dataset's order.
  return rows.sort((a, b) => a.statement.date.localeCompare(b.statement.date));
}

export interface GapRow {
  issue: Issue;
  point: GapPoint;
  stanceA: string;
  stanceB: string;
}

export function gapTableRows(
  gaps: readonly { issue: Issue; points: readonly GapPoint[] }[],
): GapRow[] {
  return gaps.flatMap(({ issue, points }) =>
    points.map((point) => ({
      issue,
      point,
      stanceA: issue.stances[point.stanceIndexA]?.label ?? "",
      stanceB: issue.stances[point.stanceIndexB]?.label ?? "",
    })),
  );
}
