// Whether a statement's quote was found in its source's text, for the drawer and the table.
// The check's code loads after the first view (it is not needed to draw the matrix): until it
// has, a quote shows no note rather than a wrong one.
import { useEffect, useState } from "react";
import type { QuoteStatus } from "../domain/edit/quoteCheck";
import type { Dataset } from "../domain/schema";
import { selectDataset } from "./librarySlice";
import { useParleyStore } from "./store";

type QuoteCheckModule = typeof import("../domain/edit/quoteCheck");

let checker: QuoteCheckModule | null = null;
let loading: Promise<QuoteCheckModule> | null = null;

// One check per dataset object, shared by every card and row that asks; a WeakMap so a
// dataset no longer shown takes its answers with it.
const checksByDataset = new WeakMap<Dataset, Map<string, QuoteStatus>>();

function quoteChecksOf(module: QuoteCheckModule, dataset: Dataset): Map<string, QuoteStatus> {
  let checks = checksByDataset.get(dataset);
  if (!checks) {
    const found = module.checkDatasetQuotes(dataset);
    checks = new Map(found.map((check) => [check.statementId, check.status]));
    checksByDataset.set(dataset, checks);
  }
  return checks;
}

export function useQuoteCheck(statementId: string): QuoteStatus | null {
  const dataset = useParleyStore(selectDataset);
  const [loaded, setLoaded] = useState(checker);
  useEffect(() => {
    if (loaded) return;
    loading ??= import("../domain/edit/quoteCheck");
    let isCurrent = true;
    void loading.then((module) => {
      checker = module;
      if (isCurrent) setLoaded(module);
    });
    return () => {
      isCurrent = false;
    };
  }, [loaded]);
  return loaded ? (quoteChecksOf(loaded, dataset).get(statementId) ?? null) : null;
}
