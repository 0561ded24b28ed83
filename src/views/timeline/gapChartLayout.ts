// Places one issue's gap series on a small chart. Pure, like stanceChartLayout.
import type { GapPoint } from "../../domain/gapSeries";
import { type TimeTick, timeTicks, toTime } from "./timeTicks";

export interface GapChartLayout {
  xDomain: [number, number];
  xTicks: TimeTick[];
  yTicks: number[];
  // Step line, run on to the axis end with the last gap.
  steps: { x: number; y: number }[];
  // One per change of either party's stance (the first point included): a point on which
  // neither moved repeats the one before, and on a long negotiation repeats are thousands of
  // SVG markers that say nothing new.
  markers: { x: number; y: number; point: GapPoint }[];
}

export function layoutGapChart(
  points: readonly GapPoint[],
  xDomain: [number, number],
  plotWidth: number,
): GapChartLayout {
  const markers = points
    .filter((point, i) => {
      const before = points[i - 1];
      return (
        !before ||
        before.stanceIndexA !== point.stanceIndexA ||
        before.stanceIndexB !== point.stanceIndexB
      );
    })
    .map((point) => ({ x: toTime(point.date), y: point.gap, point }));
  const steps = markers.map(({ x, y }) => ({ x, y }));
  const last = steps[steps.length - 1];
  if (last && last.x < xDomain[1]) steps.push({ x: xDomain[1], y: last.y });
  return {
    xDomain,
    xTicks: timeTicks(xDomain[0], xDomain[1], plotWidth / 72),
    yTicks: [0, 0.5, 1],
    steps,
    markers,
  };
}
