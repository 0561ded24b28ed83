// Places one issue's stance series on a chart: axes, ticks, lanes, per-party lines and
// markers. Pure: the Recharts component renders what this returns and decides nothing.
import type { Issue, Statement } from "../../domain/schema";
import type { PartyStanceSeries } from "../../domain/stanceSeries";
import { NO_STANCE, stanceLabel } from "../../domain/statementText";
import type { MarkerShape } from "../../ui/markerShapes";
import { type ThinnedPoint, thinPoints } from "./thinPoints";
import { type TimeTick, timeTicks, toTime } from "./timeTicks";

export interface PartyStyle {
  partyId: string;
  name: string;
  color: string;
  shape: MarkerShape;
}

export interface StanceMarker {
  x: number;
  y: number;
  partyId: string;
  // The stance's label, or "No clear stance".
  stanceLabel: string;
  statement: Statement;
  // Statements this marker stands for (see thinPoints).
  count: number;
}

export interface PartyLine {
  style: PartyStyle;
  // Step line points, ending at the axis end with the last stance held.
  steps: { x: number; y: number }[];
  markers: StanceMarker[];
}

export interface StanceChartLayout {
  xDomain: [number, number];
  xTicks: TimeTick[];
  yDomain: [number, number];
  yTicks: { value: number; label: string }[];
  lines: PartyLine[];
  height: number;
}

const DAY_MS = 86_400_000;
// The lane for statements without a clear stance sits a row and a half below the first stance,
// apart from the scale and labelled as off it: one row below read as a step past the first
// stance's pole, so an uncoded remark looked like a swing to the far end (issue 18).
const NO_STANCE_Y = -1.5;
const NO_STANCE_LABEL = `${NO_STANCE} (off the scale)`;
// Above this many points per party, markers of one stance in the same bucket of days merge
// (thinPoints): buckets at least a pixel wide, and wide enough to leave about this many.
// Each marker is an SVG element with pointer handlers: at 300 per party a 100k-statement
// timeline drew tens of thousands and took 25 s to open; at 60 it takes about 2 s (BENCHMARKS.md).
const MAX_POINTS_PER_PARTY = 60;
// Parties holding the same stance are drawn this far apart (in rows, at most) so no line hides
// another; 0.36 of a row stays clear of the next stance's row.
const PARTY_SPREAD = 0.36;

export interface StanceLayoutInput {
  issue: Issue;
  series: readonly PartyStanceSeries[];
  styles: ReadonlyMap<string, PartyStyle>;
  xDomain: [number, number];
  // The width available for the plot, in pixels, which sets how many date ticks fit.
  plotWidth: number;
  rowHeight: number;
}

export function layoutStanceChart(input: StanceLayoutInput): StanceChartLayout {
  const { issue, series, styles, xDomain, plotWidth, rowHeight } = input;
  const hasNoStanceLane = series.some((party) =>
    party.points.some((point) => point.stanceIndex === null),
  );
  const daysPerPixel = (xDomain[1] - xDomain[0]) / DAY_MS / Math.max(1, plotWidth);
  const spacing = series.length > 1 ? PARTY_SPREAD / (series.length - 1) : 0;
  const lines: PartyLine[] = [];
  series.forEach((party, order) => {
    const style = styles.get(party.partyId);
    if (!style) return;
    const offset = (order - (series.length - 1) / 2) * spacing;
    const steps = party.steps.map((step) => ({
      x: toTime(step.date),
      y: step.stanceIndex + offset,
    }));
    const last = steps[steps.length - 1];
    if (last && last.x < xDomain[1]) steps.push({ x: xDomain[1], y: last.y });
    const markers = thinPoints(party.points, MAX_POINTS_PER_PARTY, daysPerPixel).map((point) =>
      placeMarker(issue, point, offset),
    );
    lines.push({ style, steps, markers });
  });

  const yTicks = issue.stances.map((stance, index) => ({ value: index, label: stance.label }));
  if (hasNoStanceLane) yTicks.unshift({ value: NO_STANCE_Y, label: NO_STANCE_LABEL });
  const rows = yTicks.length;
  return {
    xDomain,
    // A date label needs about 72 px ("Sep 2025" plus a gap).
    xTicks: timeTicks(xDomain[0], xDomain[1], plotWidth / 72),
    yDomain: [(hasNoStanceLane ? NO_STANCE_Y : 0) - 0.5, issue.stances.length - 0.5],
    yTicks,
    lines,
    // The lane's half-row gap from the scale takes room of its own.
    height: (hasNoStanceLane ? rows + 0.5 : rows) * rowHeight,
  };
}

function placeMarker(issue: Issue, point: ThinnedPoint, offset: number): StanceMarker {
  const y = point.stanceIndex ?? NO_STANCE_Y;
  return {
    x: toTime(point.date),
    y: y + offset,
    partyId: point.statement.partyId,
    stanceLabel: stanceLabel(issue, point.statement.stanceId),
    statement: point.statement,
    count: point.count,
  };
}
