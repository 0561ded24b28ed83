// The deal space's part of a briefing: the headline, each issue's outcome and the
// contradiction alerts, in the deal space's own words. Pure.
import type { Briefing } from "../../domain/briefing/briefing";
import type { Contradiction } from "../../domain/deal/contradictions";
import type { DealSpace } from "../../domain/deal/dealSpace";
import type { Dataset } from "../../domain/schema";
import { countText, formatDate } from "../../domain/statementText";
import { outcomeText, roomText } from "./dealText";

export function dealBriefing(
  dataset: Pick<Dataset, "parties" | "issues">,
  space: DealSpace,
  contradictions: readonly Contradiction[],
): NonNullable<Briefing["deal"]> {
  const names = new Map(dataset.parties.map((party) => [party.id, party.name]));
  const partyName = (id: string) => names.get(id) ?? id;
  const issueName = new Map(dataset.issues.map((issue) => [issue.id, issue.name]));
  return {
    headline: `${roomText(space.roomCount, space.issues.length, space.partialRoomCount)} as of ${formatDate(space.asOf)}.`,
    lines: space.issues.map(
      ({ issue, outcome, withoutPosition }) =>
        `${issue.name}: ${outcomeText(issue, outcome, partyName, withoutPosition.length)}${
          withoutPosition.length > 0
            ? ` No position: ${withoutPosition.map(partyName).join(", ")}.`
            : ""
        }`,
    ),
    alerts: contradictions.map(
      (alert) =>
        `${partyName(alert.partyId)} on ${issueName.get(alert.issueId) ?? alert.issueId}: ${alert.earlier.speaker.name} and ${alert.later.speaker.name} stated stances ${countText(alert.steps, "step")} apart, ${countText(alert.days, "day")} apart.`,
    ),
  };
}
