// One issue's stance chart: parties' stances over time, with legend, tooltip and table.
import { useMemo, useRef } from "react";
import type { Dataset, Issue, NegotiationEvent } from "../../domain/schema";
import type { PartyStanceSeries } from "../../domain/stanceSeries";
import { formatDate, shortPoles } from "../../domain/statementText";
import { ChartFigure } from "./ChartFigure";
import { describeChart } from "./describeChart";
import { EventList } from "./EventList";
import { eventMarks } from "./eventMarks";
import { PartyLegend } from "./PartyLegend";
import { StanceChart } from "./StanceChart";
import { StanceTable } from "./StanceTable";
import { StanceTooltip } from "./StanceTooltip";
import type { PartyStyle } from "./stanceChartLayout";
import { toIsoDate } from "./timeTicks";
import { useElementWidth } from "./useElementWidth";
import { useMarkerTooltip } from "./useMarkerTooltip";
import { useStanceChartLayout } from "./useStanceChartLayout";

export interface StanceFigureProps {
  dataset: Dataset;
  issue: Issue;
  series: readonly PartyStanceSeries[];
  styles: ReadonlyMap<string, PartyStyle>;
  xDomain: [number, number];
  // The events in the chart's window, in date order (eventsInWindow).
  events: readonly NegotiationEvent[];
  onExportError(message: string): void;
}

export function StanceFigure({
  dataset,
  issue,
  series,
  styles,
  xDomain,
  events,
  ...rest
}: StanceFigureProps) {
  const marks = useMemo(() => eventMarks(events), [events]);
  const plotRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(plotRef);
  const frame = useStanceChartLayout(issue, series, styles, xDomain, width);
  const tooltip = useMarkerTooltip();
  const shown = frame.layout.lines.map((line) => line.style);
  const description = describeChart(
    issue,
    series,
    shown.map((style) => style.name),
  );
  const poles = shortPoles(dataset.meta);

  return (
    <ChartFigure
      caption={`${issue.name}: stances over time`}
      datasetId={dataset.meta.id}
      fileView={`timeline-${issue.id}`}
      legend={shown.map((style) => ({ label: style.name, color: style.color, shape: style.shape }))}
      notes={[
        `↑ Top: ${poles.high} · ↓ Bottom: ${poles.low}`,
        "Hollow markers: standing positions or another party's account (dashed).",
      ]}
      eventKey={events.map(
        (event, index) =>
          `${index + 1} · ${formatDate(event.date, event.datePrecision)}: ${event.title}`,
      )}
      description={description}
      window={{ from: toIsoDate(xDomain[0]), to: toIsoDate(xDomain[1]) }}
      renderTable={() => <StanceTable dataset={dataset} issue={issue} series={series} />}
      onExportError={rest.onExportError}
    >
      {shown.length > 0 ? <PartyLegend styles={shown} /> : null}
      <ScaleDirection poles={poles} />
      <div className="timeline-plot" ref={plotRef}>
        <div data-export-title={issue.name} role="img" aria-label={description}>
          {width > 0 ? (
            <StanceChart
              frame={frame}
              width={width}
              eventMarks={marks}
              onMarkerEnter={tooltip.show}
              onMarkerLeave={tooltip.scheduleHide}
            />
          ) : null}
        </div>
        {tooltip.active ? (
          <StanceTooltip
            active={tooltip.active}
            party={dataset.parties.find((party) => party.id === tooltip.active?.marker.partyId)}
            chartWidth={width}
            chartHeight={frame.height}
            onClose={tooltip.close}
            onPointerEnter={tooltip.cancelHide}
            onPointerLeave={tooltip.scheduleHide}
          />
        ) : null}
      </div>
      <EventList events={events} />
      {series.length === 0 ? (
        <p className="timeline-empty">
          No party shown made a statement on this issue in this period.
        </p>
      ) : null}
    </ChartFigure>
  );
}

// Which way the side axis runs: the first stance is the bottom row, the last the top.
function ScaleDirection({ poles }: { poles: { low: string; high: string } }) {
  return (
    <p className="timeline-axis-poles">
      <span>↑ Top: {poles.high}</span>
      <span>↓ Bottom: {poles.low}</span>
    </p>
  );
}
