// Sizes and places one issue's stance chart for the width it has (see stanceChartLayout).
import { useMemo } from "react";
import type { Issue } from "../../domain/schema";
import type { PartyStanceSeries } from "../../domain/stanceSeries";
import { layoutStanceChart, type PartyStyle, type StanceChartLayout } from "./stanceChartLayout";

// Below this width the chart uses its compact form: stance labels above their rows.
export const COMPACT_WIDTH = 560;
// Room inside the plot at both ends, so markers on the first and last dates are not cut in half.
const X_PADDING = { left: 10, right: 12 };

export interface StanceLabelPlacement {
  // Absolute x of the label, or null to use the tick's own x (right-aligned beside the axis).
  x: number | null;
  // Added to the tick's y.
  dy: number;
  width: number;
  maxLines: number;
  textAnchor: "start" | "end";
  verticalAnchor: "start" | "middle";
}

export interface StanceChartFrame {
  layout: StanceChartLayout;
  isCompact: boolean;
  yAxisWidth: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  xPadding: typeof X_PADDING;
  stanceLabel: StanceLabelPlacement;
  // Where horizontal grid lines go, in stance units.
  gridValues: number[];
}

export function useStanceChartLayout(
  issue: Issue,
  series: readonly PartyStanceSeries[],
  styles: ReadonlyMap<string, PartyStyle>,
  xDomain: [number, number],
  width: number,
): StanceChartFrame {
  const isCompact = width < COMPACT_WIDTH;
  // A phone has no room for labels beside the plot: each goes above its row, full width, so
  // the plot keeps the whole screen for time. Wider screens label rows on the left.
  const yAxisWidth = isCompact ? 4 : 208;
  const margin = { top: 12, right: 16, bottom: 4, left: isCompact ? 0 : 4 };
  const plotLeft = margin.left + yAxisWidth;
  const plotWidth = Math.max(0, width - plotLeft - margin.right - X_PADDING.left - X_PADDING.right);
  // Compact rows hold a label line over the party lines; wide rows fit three label lines.
  const rowHeight = isCompact ? 60 : 48;
  const stanceLabel: StanceLabelPlacement = isCompact
    ? {
        x: plotLeft + 4,
        dy: 3 - rowHeight / 2,
        width: width - plotLeft - 4 - margin.right,
        maxLines: 1,
        textAnchor: "start",
        verticalAnchor: "start",
      }
    : {
        x: null,
        dy: 0,
        width: yAxisWidth - 12,
        maxLines: 3,
        textAnchor: "end",
        verticalAnchor: "middle",
      };
  const layout = useMemo(
    () => layoutStanceChart({ issue, series, styles, xDomain, plotWidth, rowHeight }),
    [issue, series, styles, xDomain, plotWidth, rowHeight],
  );
  // 30 px for the date axis under the plot.
  const height = layout.height + margin.top + margin.bottom + 30;
  // Wide: a line through each stance, beside its label. Compact: a line above each row, so
  // the label under it and the party lines below read as one band.
  const gridValues = layout.yTicks.map((tick) => (isCompact ? tick.value + 0.5 : tick.value));
  return {
    layout,
    isCompact,
    yAxisWidth,
    height,
    margin,
    xPadding: X_PADDING,
    stanceLabel,
    gridValues,
  };
}
