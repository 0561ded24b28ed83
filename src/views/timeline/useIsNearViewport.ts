// Whether an element is within `margin` of the viewport, followed both ways: a chart is drawn
// as it scrolls near and torn down again once it is far. Kept drawn once seen, a dataset at
// the limits (200 issues × 100 parties) scrolled to its end held every chart at once and the
// browser's tab ran out of memory (bench/limits.bench.ts).
import { type RefObject, useEffect, useState } from "react";

export function useIsNearViewport(ref: RefObject<Element | null>, margin = "1200px 0px"): boolean {
  // Without IntersectionObserver (an old browser, a test DOM) everything is drawn at once.
  const [isNear, setIsNear] = useState(() => typeof IntersectionObserver === "undefined");
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        if (entry) setIsNear(entry.isIntersecting);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, margin]);
  return isNear;
}
