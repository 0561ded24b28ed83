// The rendered width of an element, kept current as the layout changes.
import { type RefObject, useLayoutEffect, useState } from "react";

// Returns 0 until the element is measured, so callers can wait before drawing.
export function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(([entry]) => {
      // Whole pixels: sub-pixel changes would re-lay out every chart for nothing.
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
