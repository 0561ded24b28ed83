// Whether an element has come within `margin` of the viewport; once true it stays true, so a
// chart drawn once is never torn down again while scrolling back and forth.
import { type RefObject, useEffect, useState } from "react";

export function useIsNearViewport(ref: RefObject<Element | null>, margin = "600px 0px"): boolean {
  // Without IntersectionObserver (an old browser, a test DOM) everything is drawn at once.
  const [isNear, setIsNear] = useState(() => typeof IntersectionObserver === "undefined");
  useEffect(() => {
    const element = ref.current;
    if (isNear || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setIsNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, margin, isNear]);
  return isNear;
}
