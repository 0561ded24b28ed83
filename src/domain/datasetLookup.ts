// Id → record maps for a dataset, so per-row lookups in a table of 100k statements stay O(1).
// Built once per dataset by indexDataset (scope.ts), which keeps them.
import type { Dataset, Issue, Party, Source } from "./schema";

export interface DatasetLookup {
  readonly parties: ReadonlyMap<string, Party>;
  readonly issues: ReadonlyMap<string, Issue>;
  readonly sources: ReadonlyMap<string, Source>;
}

// Returns the maps; not memoised (the caller keeps them).
export function lookupDataset(dataset: Dataset): DatasetLookup {
  return {
    parties: new Map(dataset.parties.map((party) => [party.id, party])),
    issues: new Map(dataset.issues.map((issue) => [issue.id, issue])),
    sources: new Map(dataset.sources.map((source) => [source.id, source])),
  };
}
