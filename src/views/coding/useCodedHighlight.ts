// Marks the coded passages in the article's text with the CSS Custom Highlight API: the text
// stays one text node, so a selection's offsets remain offsets into the source's text (which
// wrapping passages in <mark> would break). Where the API is missing, the list still says what
// is coded.
import { type RefObject, useEffect } from "react";
import type { CodedPassage } from "../../domain/propose/codedPassages";

export const CODED_HIGHLIGHT = "parley-coded";

export function useCodedHighlight(
  textRef: RefObject<HTMLElement | null>,
  coded: readonly CodedPassage[],
): void {
  useEffect(() => {
    const node = textRef.current?.firstChild;
    if (!node || typeof CSS === "undefined" || !("highlights" in CSS)) return;
    const length = node.textContent?.length ?? 0;
    const ranges = coded
      .filter((passage) => passage.end <= length)
      .map((passage) => {
        const range = new Range();
        range.setStart(node, passage.start);
        range.setEnd(node, passage.end);
        return range;
      });
    CSS.highlights.set(CODED_HIGHLIGHT, new Highlight(...ranges));
    return () => {
      CSS.highlights.delete(CODED_HIGHLIGHT);
    };
  }, [textRef, coded]);
}
