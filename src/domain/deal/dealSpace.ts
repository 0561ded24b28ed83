// The deal space as of a date: per issue, each party's position and stretch, and whether
// the stretches of the parties in view meet.
import type { Dataset, Issue } from "../schema";
import {
  cellPositionStatements,
  countOnOrBefore,
  indexStatements,
  type StatementIndex,
} from "../statementIndex";
import { type PartyPosition, positionFromStatements } from "./stretch";
import { type DealOutcome, type PartyStretch, zoneOfAgreement } from "./zone";

export interface IssueDealSpace {
  issue: Issue;
  // Parties in view with a stance or a range, in the order given.
  positions: PartyPosition[];
  // Parties in view with neither: listed, never silently left out.
  withoutPosition: string[];
  outcome: DealOutcome;
}

export interface DealSpace {
  asOf: string;
  issues: IssueDealSpace[];
  // Issues whose outcome is a zone of possible agreement among every party in view.
  roomCount: number;
  // Issues with a zone among the parties that have a position, while others in view have
  // none: counted apart, since a deal most parties have said nothing on is not room for one.
  partialRoomCount: number;
}

// Returns the deal space of the issues and parties given (issues in dataset order) from the
// dataset's statements on or before `asOf`.
export function dealSpaceAsOf(
  dataset: Dataset,
  issueIds: readonly string[],
  partyIds: readonly string[],
  asOf: string,
  // The scope passes its index; without it the statements are indexed here.
  index: StatementIndex = indexStatements(dataset),
): DealSpace {
  const wanted = new Set(issueIds);
  let roomCount = 0;
  let partialRoomCount = 0;
  const issues: IssueDealSpace[] = [];
  for (const issue of dataset.issues) {
    if (!wanted.has(issue.id)) continue;
    const positions: PartyPosition[] = [];
    const stretches: PartyStretch[] = [];
    const withoutPosition: string[] = [];
    for (const partyId of partyIds) {
      const statements = cellPositionStatements(index, issue.id, partyId);
      const count = countOnOrBefore(statements, asOf);
      const position = positionFromStatements(issue, partyId, statements, count);
      if (position.stretch) {
        positions.push(position);
        stretches.push({ partyId, stretch: position.stretch });
      } else withoutPosition.push(partyId);
    }
    const outcome = zoneOfAgreement(stretches);
    if (outcome.kind === "zone") {
      if (withoutPosition.length === 0) roomCount++;
      else partialRoomCount++;
    }
    issues.push({ issue, positions, withoutPosition, outcome });
  }
  return { asOf, issues, roomCount, partialRoomCount };
}
