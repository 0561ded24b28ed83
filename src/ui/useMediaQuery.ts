// Whether a CSS media query matches now, kept up to date as the window changes.
import { useCallback, useSyncExternalStore } from "react";

// The phone breakpoint, as in styles.css (media queries cannot read custom properties, so the
// number is written in each query; styles.css lists them).
export const PHONE_QUERY = "(max-width: 700px)";

// The prerendered page (and the first, hydrating render in the browser) is the desktop
// layout: the server has no window, and hydration must render what the server did.
const getServerSnapshot = () => false;

export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener("change", onChange);
      return () => list.removeEventListener("change", onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches, getServerSnapshot);
}
