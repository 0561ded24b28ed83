// Whether a statement's quote was found in its source's text, for the drawer and the table.
import { checkDatasetQuotes, type QuoteStatus } from "../domain/edit/quoteCheck";
import type { Dataset } from "../domain/schema";
import { selectDataset } from "./librarySlice";
import { useParleyStore } from "./store";

// One check per dataset object, shared by every card and row that asks; a WeakMap so a
// dataset no longer shown takes its answers with it. (The derived scope can take this over.)
const checksByDataset = new WeakMap<Dataset, Map<string, QuoteStatus>>();

export function quoteChecksOf(dataset: Dataset): Map<string, QuoteStatus> {
  let checks = checksByDataset.get(dataset);
  if (!checks) {
    checks = new Map(checkDatasetQuotes(dataset).map((check) => [check.statementId, check.status]));
    checksByDataset.set(dataset, checks);
  }
  return checks;
}

export function useQuoteCheck(statementId: string): QuoteStatus | null {
  return useParleyStore((state) => quoteChecksOf(selectDataset(state)).get(statementId) ?? null);
}
