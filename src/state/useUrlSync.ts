// Keeps the address bar and the store in step, so a copied link restores the view and
// Back/Forward step through tab and dataset changes.
import { useLayoutEffect } from "react";
import { DEFAULT_DATASET_KEY, getDefaultDataset } from "../data/defaultDataset";
import { readPublishedKey } from "../domain/catalog";
import { isEmbedSearch, withEmbed } from "./embedUrl";
import { canOpen, datasetFor, publishedKeyFor } from "./openedDatasets";
import { useParleyStore } from "./store";
import {
  parseUrlState,
  pickUrlState,
  quote,
  readDatasetKey,
  serializeUrlState,
  type UrlState,
} from "./urlState";

// Applies the URL once on mount, then mirrors the store into it: a tab or dataset change is a
// new history entry (pushState), anything else (typing, sliders, ticks) replaces the current
// one, so Back is not flooded with keystrokes. A link to an imported dataset waits until the
// browser's stored datasets are read, so its filters are checked against that dataset and not
// dropped as unknown to the default one.
export function useUrlSync(): void {
  useLayoutEffect(() => {
    let isApplyingUrl = false;
    // An embed stays one as its view changes (embedUrl.ts).
    const isEmbed = isEmbedSearch(window.location.search);
    const serialize = (state: UrlState) =>
      isEmbed ? withEmbed(serializeUrlState(state)) : serializeUrlState(state);
    const applyLocation = () => {
      const store = useParleyStore.getState();
      const isReady = store.libraryStatus === "ready";
      const linked = readDatasetKey(window.location.search);
      // Until the library is listed, the key is kept as written: it may be a stored "".
      const wantedKey = isReady ? linkedKey(linked) : linked;
      let dataset = datasetFor(wantedKey);
      // A kept dataset is read (and checked) when a link names it, not at start-up.
      if (!dataset && (!isReady || canOpen(wantedKey))) {
        if (store.pendingDatasetKey !== wantedKey)
          useParleyStore.setState({ pendingDatasetKey: wantedKey });
        if (isReady)
          void import("./datasetActions").then((actions) => actions.openDataset(wantedKey));
        return;
      }
      const isMissing = dataset === null;
      dataset ??= getDefaultDataset();
      const datasetKey = isMissing ? DEFAULT_DATASET_KEY : wantedKey;
      const { state, notices } = parseUrlState(window.location.search, dataset, datasetKey);
      isApplyingUrl = true;
      useParleyStore.setState({
        ...state,
        pendingDatasetKey: null,
        waitingLink: isMissing ? { datasetKey: wantedKey, search: window.location.search } : null,
      });
      isApplyingUrl = false;
      if (isMissing)
        store.notify(
          `This link is for dataset ${linkedName(wantedKey)}, which is not in this browser${readPublishedKey(wantedKey) ? " nor published with this site" : ""}; showing the default dataset. Open the file to see it: the link's view is kept until then.`,
          "error",
        );
      for (const notice of notices) store.notify(notice, "error");
      // Drop what was ignored, so the address bar never shows a parameter that did nothing.
      writeUrl(serialize(state), "replace");
    };

    applyLocation();
    let last = useParleyStore.getState();
    const unsubscribe = useParleyStore.subscribe((state) => {
      const previous = last;
      last = state;
      if (state.pendingDatasetKey !== null) {
        if (state.libraryStatus === "ready") applyLocation();
        return;
      }
      const search = serialize(pickUrlState(state));
      const isNewPlace = state.view !== previous.view || state.datasetKey !== previous.datasetKey;
      if (search === window.location.search) return;
      writeUrl(search, isNewPlace && !isApplyingUrl ? "push" : "replace");
    });
    window.addEventListener("popstate", applyLocation);
    return () => {
      unsubscribe();
      window.removeEventListener("popstate", applyLocation);
    };
  }, []);
}

// The key a link's `dataset` names: as written if a dataset has it (stored keys such as "" or
// "  spaced  " reopen from their link), else without surrounding white space (a pasted link).
// A dataset id no dataset kept here has opens the site's published copy, if there is one.
function linkedKey(raw: string): string {
  if (canOpen(raw)) return raw;
  const trimmed = raw.trim();
  if (trimmed === "") return DEFAULT_DATASET_KEY;
  return canOpen(trimmed) ? trimmed : (publishedKeyFor(trimmed) ?? trimmed);
}

// Names the dataset a link wants: "“riverland” v2" for a pinned published version.
function linkedName(key: string): string {
  const published = readPublishedKey(key);
  return published ? `${quote(published.id)} v${published.version}` : quote(key);
}

function writeUrl(search: string, mode: "push" | "replace"): void {
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (mode === "push") window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
}
