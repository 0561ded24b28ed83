// Id → record maps for a dataset, built once per dataset object so per-row lookups in a
// table of 100k statements stay O(1).
import type { Dataset, Issue, Party, Source } from "./schema";

export interface DatasetLookup {
  readonly parties: ReadonlyMap<string, Party>;
  readonly issues: ReadonlyMap<string, Issue>;
  readonly sources: ReadonlyMap<string, Source>;
}

const lookupCache = new WeakMap<Dataset, DatasetLookup>();

// Returns the (memoised) maps; datasets are treated as immutable.
export function lookupDataset(dataset: Dataset): DatasetLookup {
  const cached = lookupCache.get(dataset);
  if (cached) return cached;
  const lookup: DatasetLookup = {
    parties: new Map(dataset.parties.map((party) => [party.id, party])),
    issues: new Map(dataset.issues.map((issue) => [issue.id, issue])),
    sources: new Map(dataset.sources.map((source) => [source.id, source])),
  };
  lookupCache.set(dataset, lookup);
  return lookup;
}
