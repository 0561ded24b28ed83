// The statements matching the current filters, shared by every view.
import { useMemo } from "react";
import { filterStatements } from "../domain/filterStatements";
import type { Statement } from "../domain/schema";
import { selectDataset } from "./librarySlice";
import { useParleyStore } from "./store";

// Returns the matching statements in date order; the reference is stable until the dataset
// or a filter changes, so views can memoise on it.
export function useFilteredStatements(): readonly Statement[] {
  const dataset = useParleyStore(selectDataset);
  const filters = useParleyStore((state) => state.filters);
  return useMemo(
    () =>
      filterStatements(dataset, {
        issueIds: filters.issueIds,
        partyIds: filters.partyIds,
        from: filters.from ?? undefined,
        to: filters.to ?? undefined,
        speaker: filters.speaker,
        text: filters.text,
      }),
    [dataset, filters],
  );
}
