// The deal space, contradictions and movement for the current choices, each recomputed only
// when the dataset, a filter or one of its own choices changes.
import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { findContradictions } from "../../domain/deal/contradictions";
import { dealSpaceAsOf } from "../../domain/deal/dealSpace";
import { movementBetween } from "../../domain/deal/movement";
import type { Dataset } from "../../domain/schema";
import { indexStatements } from "../../domain/statementIndex";
import { useParleyStore } from "../../state/store";
import { useFilteredStatements } from "../../state/useFilteredStatements";

export function useDealSpace() {
  const choices = useParleyStore(
    useShallow((state) => ({
      dataset: state.dataset,
      issueFilter: state.filters.issueIds,
      partyFilter: state.filters.partyIds,
      asOfChoice: state.asOf,
      compareFrom: state.compareFrom,
      thresholds: state.contradictionThresholds,
    })),
  );
  const { dataset, issueFilter, partyFilter, compareFrom, thresholds } = choices;
  const statements = useFilteredStatements();
  // A new object per filter change: the domain's index is cached per dataset object.
  const scoped = useMemo<Dataset>(
    () => ({ ...dataset, statements: [...statements] }),
    [dataset, statements],
  );
  const { dates } = indexStatements(dataset);
  const asOf = choices.asOfChoice ?? dates[dates.length - 1] ?? dataset.meta.updated;
  const issueIds = useMemo(
    () => (issueFilter.length > 0 ? issueFilter : dataset.issues.map((issue) => issue.id)),
    [dataset, issueFilter],
  );
  const partyIds = useMemo(
    // Dataset order whatever order the filter was ticked in, as every other view shows them.
    () =>
      dataset.parties
        .filter((party) => partyFilter.length === 0 || partyFilter.includes(party.id))
        .map((party) => party.id),
    [dataset, partyFilter],
  );
  const space = useMemo(
    () => dealSpaceAsOf(scoped, issueIds, partyIds, asOf),
    [scoped, issueIds, partyIds, asOf],
  );
  const contradictions = useMemo(
    () => findContradictions(scoped, issueIds, partyIds, asOf, thresholds),
    [scoped, issueIds, partyIds, asOf, thresholds],
  );
  // Compare looks back: a compare date after "as of" is read as "as of" itself.
  const from = compareFrom !== null && compareFrom > asOf ? asOf : compareFrom;
  const moves = useMemo(
    () => (from === null ? null : movementBetween(scoped, issueIds, partyIds, from, asOf)),
    [scoped, issueIds, partyIds, from, asOf],
  );
  return {
    dataset,
    scoped,
    dates,
    asOf,
    compareFrom: from,
    partyIds,
    space,
    contradictions,
    moves,
  };
}

export type DealSpaceData = ReturnType<typeof useDealSpace>;
