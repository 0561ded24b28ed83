// Whether a CSS media query matches now, kept up to date as the window changes.
import { useEffect, useState } from "react";

// The phone breakpoint, as in styles.css (media queries cannot read custom properties, so the
// number is written in each query; styles.css lists them).
export const PHONE_QUERY = "(max-width: 700px)";

export function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const onChange = () => setMatches(list.matches);
    onChange();
    list.addEventListener("change", onChange);
    return () => list.removeEventListener("change", onChange);
  }, [query]);
  return matches;
}
