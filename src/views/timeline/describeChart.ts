// The text alternative of one issue's stance chart: who is drawn, the scale from its first to
// its last stance, and how many statements (and how many without a clear stance) it holds.
import type { Issue } from "../../domain/schema";
import type { PartyStanceSeries } from "../../domain/stanceSeries";
import { countText } from "../../domain/statementText";

export function describeChart(
  issue: Issue,
  series: readonly PartyStanceSeries[],
  shownNames: readonly string[],
): string {
  const statements = series.reduce((sum, party) => sum + party.points.length, 0);
  const unclear = series.reduce(
    (sum, party) => sum + party.points.filter((point) => point.stanceIndex === null).length,
    0,
  );
  const names = shownNames.join(", ");
  const scale = issue.stances.map((stance) => stance.label).join(", then ");
  return (
    `Step chart of the stances of ${names || "no party"} on ${issue.name} over time, ` +
    `from ${scale}. ${countText(statements, "statement")}` +
    (unclear > 0 ? `, ${unclear} of them with no clear stance` : "") +
    ". The data table lists them."
  );
}
