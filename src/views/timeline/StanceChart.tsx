// Renders a laid-out stance chart with Recharts: one step line and one marker series per
// party. Every position, tick and colour comes from the layout; nothing is decided here.
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  Scatter,
  type ScatterPointItem,
  type ScatterShapeProps,
  Text,
  XAxis,
  YAxis,
  type YAxisTickContentProps,
} from "recharts";
import { markerPath } from "../../ui/markerShapes";
import type { EventMark } from "./eventMarks";
import type { PartyLine, StanceMarker } from "./stanceChartLayout";
import { timeAxisProps } from "./timeTicks";
import type { StanceChartFrame } from "./useStanceChartLayout";

interface StanceChartProps {
  frame: StanceChartFrame;
  width: number;
  // Vertical lines for the window's events, labelled with their numbers in the list below.
  eventMarks: readonly EventMark[];
  onMarkerEnter(marker: StanceMarker, cx: number, cy: number, isPinned: boolean): void;
  onMarkerLeave(): void;
}

export function StanceChart(props: StanceChartProps) {
  const { frame, width, eventMarks, onMarkerEnter, onMarkerLeave } = props;
  const { layout, isCompact, yAxisWidth, height, margin, xPadding, stanceLabel, gridValues } =
    frame;
  const stanceLabels = new Map(layout.yTicks.map((tick) => [tick.value, tick.label]));
  const fontSize = isCompact ? 11 : 12;
  const markerSize = isCompact ? 9 : 10;

  // Recharts hands its own item (centre and payload) to the Scatter's pointer handlers.
  const pointAt = (item: ScatterPointItem, isPinned: boolean) => {
    const marker = item.payload as StanceMarker | undefined;
    if (marker && item.cx !== undefined && item.cy !== undefined) {
      onMarkerEnter(marker, item.cx, item.cy, isPinned);
    }
  };

  const renderMarker = (line: PartyLine) => (props: ScatterShapeProps) => {
    const { cx, cy } = props;
    const marker = props.payload as StanceMarker | undefined;
    if (cx === undefined || cy === undefined || !marker) return <g />;
    const isStanding = marker.statement.dateBasis === "standing";
    // Another party's account of the position: hollow and dashed, as it does not move the line.
    const isAccount = Boolean(marker.statement.reportedBy);
    const isHollow = isStanding || isAccount;
    return (
      <path
        className="timeline-marker"
        d={markerPath(line.style.shape, cx, cy, markerSize)}
        // A standing position is hollow: it was reported that day, not stated then.
        // No fill, so it reads the same in an exported SVG; the inside still takes the pointer.
        fill={isHollow ? "none" : line.style.color}
        pointerEvents={isHollow ? "all" : undefined}
        stroke={isHollow ? line.style.color : undefined}
        strokeWidth={isHollow ? 2 : undefined}
        strokeDasharray={isAccount ? "2 2" : undefined}
        data-timeline-marker=""
        data-standing={isStanding ? "" : undefined}
        data-account={isAccount ? "" : undefined}
      />
    );
  };

  return (
    <ComposedChart width={width} height={height} margin={margin} accessibilityLayer={false}>
      <CartesianGrid vertical={false} horizontalValues={gridValues} className="timeline-grid" />
      <XAxis {...timeAxisProps(layout.xDomain, layout.xTicks, xPadding, fontSize)} />
      <YAxis
        type="number"
        dataKey="y"
        domain={layout.yDomain}
        ticks={layout.yTicks.map((tick) => tick.value)}
        interval={0}
        width={yAxisWidth}
        tickLine={!isCompact}
        tick={({ x, y, payload }: YAxisTickContentProps) => (
          <Text
            x={stanceLabel.x ?? x}
            y={Number(y) + stanceLabel.dy}
            width={stanceLabel.width}
            maxLines={stanceLabel.maxLines}
            textAnchor={stanceLabel.textAnchor}
            verticalAnchor={stanceLabel.verticalAnchor}
            fontSize={fontSize}
            className="timeline-stance-label"
          >
            {stanceLabels.get(payload.value) ?? ""}
          </Text>
        )}
      />
      {eventMarks.map((mark) => (
        <ReferenceLine
          key={`event-${mark.date}`}
          x={mark.x}
          className="timeline-event-line"
          strokeDasharray="3 3"
          label={{ value: mark.label, position: "insideTopLeft", fontSize: fontSize - 1 }}
          ifOverflow="hidden"
        />
      ))}
      {layout.lines.map((line) => (
        <Line
          key={`line-${line.style.partyId}`}
          data={line.steps}
          dataKey="y"
          type="stepAfter"
          stroke={line.style.color}
          strokeWidth={2}
          dot={false}
          activeDot={false}
          isAnimationActive={false}
          legendType="none"
        />
      ))}
      {layout.lines.map((line) => (
        <Scatter
          key={`markers-${line.style.partyId}`}
          data={line.markers}
          dataKey="y"
          shape={renderMarker(line)}
          onMouseEnter={(item: ScatterPointItem) => pointAt(item, false)}
          onMouseLeave={onMarkerLeave}
          onClick={(item: ScatterPointItem) => pointAt(item, true)}
          isAnimationActive={false}
        />
      ))}
    </ComposedChart>
  );
}
