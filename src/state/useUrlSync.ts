// Keeps the address bar and the store in step, so a copied link restores the view and
// Back/Forward step through tab changes.
import { useLayoutEffect } from "react";
import { useParleyStore } from "./store";
import { parseUrlState, pickUrlState, serializeUrlState } from "./urlState";

// Applies the URL once on mount, then mirrors the store into it: a tab change is a new
// history entry (pushState), anything else (typing, sliders, ticks) replaces the current
// one, so Back is not flooded with keystrokes.
export function useUrlSync(): void {
  useLayoutEffect(() => {
    let isApplyingUrl = false;
    const applyLocation = () => {
      const store = useParleyStore.getState();
      const { state, notices } = parseUrlState(window.location.search, store.dataset);
      isApplyingUrl = true;
      useParleyStore.setState(state);
      isApplyingUrl = false;
      for (const notice of notices) store.notify(notice, "error");
      // Drop what was ignored, so the address bar never shows a parameter that did nothing.
      writeUrl(serializeUrlState(state), "replace");
    };

    applyLocation();
    let lastView = useParleyStore.getState().view;
    const unsubscribe = useParleyStore.subscribe((state) => {
      const search = serializeUrlState(pickUrlState(state));
      const isViewChange = state.view !== lastView;
      lastView = state.view;
      if (search === window.location.search) return;
      writeUrl(search, isViewChange && !isApplyingUrl ? "push" : "replace");
    });
    window.addEventListener("popstate", applyLocation);
    return () => {
      unsubscribe();
      window.removeEventListener("popstate", applyLocation);
    };
  }, []);
}

function writeUrl(search: string, mode: "push" | "replace"): void {
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (mode === "push") window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
}
