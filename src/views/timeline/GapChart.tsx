// One small multiple of the gap panel: the gap on one issue over time.
import { useMemo, useRef } from "react";
import {
  ComposedChart,
  Line,
  Scatter,
  type ScatterPointItem,
  type ScatterShapeProps,
  XAxis,
  YAxis,
} from "recharts";
import type { GapPoint } from "../../domain/gapSeries";
import type { Issue } from "../../domain/schema";
import { formatDate } from "../../domain/statementText";
import { GapTooltip } from "./GapTooltip";
import { layoutGapChart } from "./gapChartLayout";
import { timeAxisProps } from "./timeTicks";
import { useElementWidth } from "./useElementWidth";
import { useMarkerTooltip } from "./useMarkerTooltip";

interface GapChartProps {
  issue: Issue;
  points: readonly GapPoint[];
  xDomain: [number, number];
  names: readonly [string, string];
}

const HEIGHT = 150;
const Y_AXIS_WIDTH = 32;
const MARGIN = { top: 10, right: 16, bottom: 4, left: 0 };
// As in the stance charts: room for the markers on the first and last dates.
const X_PADDING = { left: 8, right: 8 };

export function GapChart({ issue, points, xDomain, names }: GapChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  const plotWidth = Math.max(
    0,
    width - Y_AXIS_WIDTH - MARGIN.left - MARGIN.right - X_PADDING.left - X_PADDING.right,
  );
  const layout = useMemo(
    () => layoutGapChart(points, xDomain, plotWidth),
    [points, xDomain, plotWidth],
  );
  const tooltip = useMarkerTooltip<GapPoint>();
  const first = points[0];
  const last = points[points.length - 1];
  const description =
    first && last
      ? `Gap between ${names[0]} and ${names[1]} on ${issue.name}: ${first.gap.toFixed(2)} on ` +
        `${formatDate(first.date)}, ${last.gap.toFixed(2)} on ${formatDate(last.date)}.`
      : `${names[0]} and ${names[1]} never both held a clear stance on ${issue.name} in this period.`;

  const renderMarker = (props: ScatterShapeProps) => {
    const point = (props.payload as { point?: GapPoint } | undefined)?.point;
    if (props.cx === undefined || props.cy === undefined || !point) return <g />;
    return (
      <circle
        cx={props.cx}
        cy={props.cy}
        r={4.5}
        className="timeline-gap-marker"
        data-timeline-marker=""
      />
    );
  };

  // Recharts hands its own item (centre and payload) to the Scatter's pointer handlers.
  const pointAt = (item: ScatterPointItem, isPinned: boolean) => {
    const point = (item.payload as { point?: GapPoint } | undefined)?.point;
    if (point && item.cx !== undefined && item.cy !== undefined) {
      tooltip.show(point, item.cx, item.cy, isPinned);
    }
  };

  return (
    <div className="timeline-gap-cell">
      <h3 className="timeline-gap-title">{issue.name}</h3>
      <div className="timeline-plot">
        <div
          ref={ref}
          data-export-title={issue.name}
          // An empty panel says why in the downloaded picture too, as it does below.
          data-export-note={points.length === 0 ? description : undefined}
          role="img"
          aria-label={description}
        >
          {width > 0 ? (
            <ComposedChart width={width} height={HEIGHT} margin={MARGIN} accessibilityLayer={false}>
              <XAxis {...timeAxisProps(layout.xDomain, layout.xTicks, X_PADDING, 11)} />
              <YAxis
                type="number"
                dataKey="y"
                domain={[0, 1]}
                ticks={layout.yTicks}
                interval={0}
                width={Y_AXIS_WIDTH}
                fontSize={11}
              />
              <Line
                data={layout.steps}
                dataKey="y"
                type="stepAfter"
                className="timeline-gap-line"
                strokeWidth={2}
                dot={false}
                activeDot={false}
                isAnimationActive={false}
              />
              <Scatter
                data={layout.markers}
                dataKey="y"
                shape={renderMarker}
                onMouseEnter={(item: ScatterPointItem) => pointAt(item, false)}
                onMouseLeave={tooltip.scheduleHide}
                onClick={(item: ScatterPointItem) => pointAt(item, true)}
                isAnimationActive={false}
              />
            </ComposedChart>
          ) : null}
        </div>
        {tooltip.active ? (
          <GapTooltip
            active={tooltip.active}
            issue={issue}
            names={names}
            chartWidth={width}
            chartHeight={HEIGHT}
            onClose={tooltip.close}
            onPointerEnter={tooltip.cancelHide}
            onPointerLeave={tooltip.scheduleHide}
          />
        ) : null}
      </div>
      {points.length === 0 ? <p className="timeline-empty">{description}</p> : null}
    </div>
  );
}
