// The deal space, contradictions and movement for the current scope and choices, each
// recomputed only when the scope or one of its own choices changes.
import { useMemo } from "react";
import { findContradictions } from "../../domain/deal/contradictions";
import { dealSpaceAsOf } from "../../domain/deal/dealSpace";
import { movementBetween } from "../../domain/deal/movement";
import type { Dataset } from "../../domain/schema";
import { useParleyStore } from "../../state/store";
import { useResolvedChoices, useScope } from "../../state/useScope";

export function useDealSpace() {
  const scope = useScope();
  const choices = useResolvedChoices();
  const thresholds = useParleyStore((state) => state.contradictionThresholds);
  const asOf = choices.asOf.date;
  const compareFrom = choices.compareFrom;
  // The deal rules take a dataset; this one holds the scope's statements (every filter
  // applied), indexed once per scope by the domain's per-dataset cache.
  const scoped = useMemo<Dataset>(
    () => ({ ...scope.dataset, statements: [...scope.statements] }),
    [scope],
  );
  const issueIds = useMemo(() => scope.issues.map((issue) => issue.id), [scope]);
  const partyIds = useMemo(() => scope.parties.map((party) => party.id), [scope]);
  const space = useMemo(
    () => dealSpaceAsOf(scoped, issueIds, partyIds, asOf),
    [scoped, issueIds, partyIds, asOf],
  );
  const contradictions = useMemo(
    () => findContradictions(scoped, issueIds, partyIds, asOf, thresholds),
    [scoped, issueIds, partyIds, asOf, thresholds],
  );
  const moves = useMemo(
    () =>
      compareFrom === null ? null : movementBetween(scoped, issueIds, partyIds, compareFrom, asOf),
    [scoped, issueIds, partyIds, compareFrom, asOf],
  );
  return {
    dataset: scope.dataset,
    scoped,
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
