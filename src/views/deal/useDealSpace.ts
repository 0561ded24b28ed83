// The deal space, contradictions and movement for the current scope and choices, each
// recomputed only when the scope or one of its own choices changes.
import { useMemo } from "react";
import { findContradictions } from "../../domain/deal/contradictions";
import { dealSpaceAsOf } from "../../domain/deal/dealSpace";
import { movementBetween } from "../../domain/deal/movement";
import { useParleyStore } from "../../state/store";
import { useResolvedChoices, useScope } from "../../state/useScope";

export function useDealSpace() {
  const scope = useScope();
  const choices = useResolvedChoices();
  const thresholds = useParleyStore((state) => state.contradictionThresholds);
  const asOf = choices.asOf.date;
  const compareFrom = choices.compareFrom;
  // The rules read the scope's cell index (every filter but issues and parties applied); the
  // issue and party filters choose which rows they look at.
  const { dataset, cellIndex } = scope;
  const issueIds = useMemo(() => scope.issues.map((issue) => issue.id), [scope]);
  const partyIds = useMemo(() => scope.parties.map((party) => party.id), [scope]);
  const space = useMemo(
    () => dealSpaceAsOf(dataset, issueIds, partyIds, asOf, cellIndex),
    [dataset, cellIndex, issueIds, partyIds, asOf],
  );
  const contradictions = useMemo(
    () => findContradictions(dataset, issueIds, partyIds, asOf, thresholds, cellIndex),
    [dataset, cellIndex, issueIds, partyIds, asOf, thresholds],
  );
  const moves = useMemo(
    () =>
      compareFrom === null
        ? null
        : movementBetween(dataset, issueIds, partyIds, compareFrom, asOf, cellIndex),
    [dataset, cellIndex, issueIds, partyIds, compareFrom, asOf],
  );
  return {
    dataset,
    cellIndex,
    dates: choices.asOfDates,
    newestAsOf: choices.newestAsOf,
    asOf,
    compareFrom,
    partyIds,
    space,
    contradictions,
    moves,
  };
}
