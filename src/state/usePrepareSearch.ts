// Builds the search strings of the shown dataset in idle time, a slice at a time, so the
// first keystroke in the search box does not pay for them (a few hundred ms at 100k).
import { useEffect } from "react";
import { useScope } from "./useScope";

// Statements per slice: well under a 50 ms task on a slow machine.
const SLICE = 5_000;

export function usePrepareSearch(): void {
  const { search } = useScope().indexed;
  useEffect(() => {
    let handle = 0;
    // Safari has no requestIdleCallback; a timeout still yields between slices.
    const later = (work: () => void) =>
      typeof requestIdleCallback === "function"
        ? requestIdleCallback(work, { timeout: 1_000 })
        : window.setTimeout(work, 50);
    const cancel = (id: number) =>
      typeof cancelIdleCallback === "function" ? cancelIdleCallback(id) : clearTimeout(id);
    const step = () => {
      if (!search.prepare(SLICE)) handle = later(step);
    };
    handle = later(step);
    return () => cancel(handle);
  }, [search]);
}
