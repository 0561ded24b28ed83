// Derives the scope and the resolved choices once, for every view below it.
import { type ReactNode, useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { createScope, indexDataset, resolveChoices } from "../domain/scope";
import { selectDataset } from "./librarySlice";
import { useParleyStore } from "./store";
import { ScopeContext } from "./useScope";

export function ScopeProvider({ children }: { children: ReactNode }) {
  const { dataset, filters, asOf, compareFrom, gapParties } = useParleyStore(
    useShallow((state) => ({
      dataset: selectDataset(state),
      filters: state.filters,
      asOf: state.asOf,
      compareFrom: state.compareFrom,
      gapParties: state.gapParties,
    })),
  );
  // Three memos, so a new as-of date reuses the scope (and its positions at other dates), and
  // a new filter reuses the dataset's indexes.
  const indexed = useMemo(() => indexDataset(dataset), [dataset]);
  const scope = useMemo(() => createScope(indexed, filters), [indexed, filters]);
  const value = useMemo(
    () => ({ scope, choices: resolveChoices(scope, { asOf, compareFrom, gapParties }) }),
    [scope, asOf, compareFrom, gapParties],
  );
  return <ScopeContext value={value}>{children}</ScopeContext>;
}
