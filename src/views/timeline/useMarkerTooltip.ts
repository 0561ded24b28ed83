// Which marker's tooltip is open. Hover opens it, a click (or tap) pins it; Escape, a press
// elsewhere or the close button shut it. Leaving a marker waits a moment so the pointer can move onto
// the tooltip itself (WCAG 1.4.13: hoverable, dismissible, persistent).
import { useCallback, useEffect, useRef, useState } from "react";
import type { StanceMarker } from "./stanceChartLayout";

// `Marker` is what the tooltip shows: a stance chart's statement, or a gap chart's point.
export interface ActiveMarker<Marker = StanceMarker> {
  marker: Marker;
  cx: number;
  cy: number;
  isPinned: boolean;
}

const HIDE_DELAY_MS = 250;

export function useMarkerTooltip<Marker = StanceMarker>() {
  const [active, setActive] = useState<ActiveMarker<Marker> | null>(null);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const cancelHide = useCallback(() => {
    if (hideTimer.current !== null) clearTimeout(hideTimer.current);
    hideTimer.current = null;
  }, []);
  const close = useCallback(() => {
    cancelHide();
    setActive(null);
  }, [cancelHide]);
  const show = useCallback(
    (marker: Marker, cx: number, cy: number, isPinned: boolean) => {
      cancelHide();
      setActive((current) =>
        current?.isPinned && !isPinned && current.marker !== marker
          ? current
          : { marker, cx, cy, isPinned },
      );
    },
    [cancelHide],
  );
  const scheduleHide = useCallback(() => {
    cancelHide();
    hideTimer.current = setTimeout(() => {
      setActive((current) => (current?.isPinned ? current : null));
    }, HIDE_DELAY_MS);
  }, [cancelHide]);

  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") close();
    };
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (!target?.closest("[data-timeline-tooltip], [data-timeline-marker]")) close();
    };
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, [active, close]);
  useEffect(() => cancelHide, [cancelHide]);

  return { active, show, scheduleHide, cancelHide, close };
}
