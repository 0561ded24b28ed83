// How the deal space reads in words: poles, stretches, outcomes and staleness. Pure, so the
// sentences are unit-tested and every chart mark has a text twin built from the same words.

import type { Staleness } from "../../domain/deal/staleness";
import type { PartyPosition, Stretch } from "../../domain/deal/stretch";
import type { DealOutcome } from "../../domain/deal/zone";
import type { DatasetMeta, Firmness, Issue } from "../../domain/schema";
import { countText, possessive } from "../../domain/statementText";

export interface Poles {
  low: string;
  high: string;
}

// Returns the names of an issue's two ends: the dataset's scale poles where it names them,
// else the first and last stance labels.
export function polesOf(issue: Issue, meta: DatasetMeta): Poles {
  return {
    low: meta.scale?.low ?? issue.stances[0]?.label ?? "first stance",
    high: meta.scale?.high ?? issue.stances[issue.stances.length - 1]?.label ?? "last stance",
  };
}

export function stanceName(issue: Issue, index: number): string {
  return `${issue.stances[index]?.label ?? "unknown stance"} (${index + 1} of ${issue.stances.length})`;
}

export function stretchText(issue: Issue, stretch: Stretch): string {
  if (stretch.from === stretch.to) return stanceName(issue, stretch.from);
  return `${stanceName(issue, stretch.from)} to ${stanceName(issue, stretch.to)}`;
}

const FIRMNESS_TEXT: Record<Firmness, string> = {
  "red-line": "red line",
  demand: "demand",
  preference: "preference",
  floated: "floated",
};

export function firmnessText(firmness: Firmness | null): string {
  return firmness ? FIRMNESS_TEXT[firmness] : "firmness not stated";
}

// Returns a party's position in words, e.g. "stated Withdrawal (4 of 4), red line; could
// accept only its stated stance".
export function positionText(issue: Issue, position: PartyPosition): string {
  const stated =
    position.stanceIndex === null
      ? "no stated stance"
      : `stated ${stanceName(issue, position.stanceIndex)}`;
  const stretch = position.stretch;
  const accepts = !stretch
    ? "nothing signalled"
    : position.isRangeSignalled
      ? `could accept ${stretchText(issue, stretch)}`
      : "signalled no range beyond its stance";
  return `${stated}, ${firmnessText(position.firmness)}; ${accepts}`;
}

// Returns what the outcome means, e.g. "Zone of possible agreement: Freeze (2 of 4)".
export function outcomeText(
  issue: Issue,
  outcome: DealOutcome,
  partyName: (partyId: string) => string,
  // Parties in view without a position on the issue.
  withoutCount = 0,
): string {
  switch (outcome.kind) {
    case "zone":
      return withoutCount > 0
        ? `Room only between the ${outcome.partyIds.length} of ${outcome.partyIds.length + withoutCount} parties with a position: ${stretchText(issue, outcome)}.`
        : `Zone of possible agreement: ${stretchText(issue, outcome)}.`;
    case "gap": {
      const steps = outcome.steps === 1 ? "1 step" : `${outcome.steps} steps`;
      return `No zone of possible agreement: ${possessive(partyName(outcome.lowPartyId))} stretch ends ${steps} before ${possessive(partyName(outcome.highPartyId))} begins.`;
    }
    case "too-few":
      return "Fewer than two parties in view have a position: nothing to agree between.";
  }
}

// Returns "last stated 4 months before" for a stale position, null for a fresh one.
export function stalenessText(stale: Staleness): string | null {
  if (!stale.isStale) return null;
  if (stale.months >= 1) {
    return `last stated ${stale.months === 1 ? "1 month" : `${stale.months} months`} before`;
  }
  return `last stated ${stale.days} days before`;
}

// Returns "Room for a deal on 2 of 7 issues", and where a zone leaves out parties without a
// position, "; on 1 more, only among the parties with a position".
export function roomText(roomCount: number, issueCount: number, partialRoomCount = 0): string {
  const whole = `Room for a deal on ${roomCount} of ${countText(issueCount, "issue")}`;
  return partialRoomCount === 0
    ? whole
    : `${whole}; on ${partialRoomCount} more, only among the parties with a position`;
}
