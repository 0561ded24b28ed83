// Where a chart tooltip sits: centred on its marker, inside the chart, opening away from the
// nearer edge so the marker stays visible.
import type { CSSProperties } from "react";

// Wide enough for a sentence of summary, narrow enough for a 360 px phone.
const TOOLTIP_WIDTH = 280;

export function tooltipPlacement(
  at: { cx: number; cy: number },
  chartWidth: number,
  chartHeight: number,
): CSSProperties {
  const width = Math.min(TOOLTIP_WIDTH, chartWidth - 8);
  const left = Math.max(4, Math.min(at.cx - width / 2, chartWidth - width - 4));
  const place =
    at.cy < chartHeight / 2 ? { top: at.cy + 14 } : { bottom: chartHeight - at.cy + 14 };
  return { left, width, ...place };
}
