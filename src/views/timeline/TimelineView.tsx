// The Timeline tab: each issue's stances over time, then the gap between two parties.
import { useMemo, useState } from "react";
import { eventsInWindow } from "../../domain/events";
import { formatDate } from "../../domain/statementText";
import { useParleyStore } from "../../state/store";
import { useScope } from "../../state/useScope";
import { GapPanel } from "./GapPanel";
import { LazyStanceFigure } from "./LazyStanceFigure";
import { partyStyles } from "./partyStyles";
import { TimeZoom } from "./TimeZoom";
import { buildTimeline } from "./timelineModel";
import { narrowWindow, type TimeWindow } from "./timelineWindow";
import { toIsoDate } from "./timeTicks";
import "./TimelineView.css";

export function TimelineView() {
  // The scope's cellIndex: the statements every filter leaves, as the matrix reads them.
  const { dataset, filters, cellIndex } = useScope();
  const notify = useParleyStore((state) => state.notify);
  // The whole record, cut to the date filter's window: a party's line needs all its statements.
  const [zoom, setZoom] = useState<TimeWindow>({ from: null, to: null });
  const whole = useMemo(
    () => buildTimeline(dataset, filters, cellIndex),
    [dataset, filters, cellIndex],
  );
  const model = useMemo(
    () =>
      zoom.from === null && zoom.to === null
        ? whole
        : buildTimeline(dataset, { ...filters, ...narrowWindow(filters, zoom) }, cellIndex),
    [dataset, filters, zoom, whole, cellIndex],
  );
  const styles = useMemo(() => partyStyles(dataset.parties), [dataset.parties]);
  const onExportError = (message: string) => notify(message, "error");
  const { xDomain } = model;
  const events = useMemo(
    () =>
      xDomain ? eventsInWindow(dataset.events, toIsoDate(xDomain[0]), toIsoDate(xDomain[1])) : [],
    [dataset.events, xDomain],
  );

  // Events before the first or after the last charted statement are named, not drawn: one
  // event of 2022 had stretched every axis over two empty years.
  const outside = useMemo(
    () =>
      xDomain === null ? [] : (dataset.events ?? []).filter((event) => !events.includes(event)),
    [dataset.events, events, xDomain],
  );

  return (
    <div className="timeline">
      <p className="timeline-intro">
        Each chart follows one issue: its stances run up the side, one line per party steps to each
        new stance a party takes. Hover over or tap a marker for the statement.
      </p>
      {outside.length > 0 && (
        <p className="timeline-note">
          Outside the charts' time range:{" "}
          {outside
            .map((event) => `${formatDate(event.date, event.datePrecision)}: ${event.title}`)
            .join("; ")}
          .
        </p>
      )}
      {whole.xDomain === null ? null : (
        <TimeZoom zoom={zoom} bounds={dateBounds(whole.xDomain)} onChange={setZoom} />
      )}
      {xDomain === null ? (
        <p className="timeline-empty">
          {whole.xDomain === null
            ? "No statements match the filters."
            : "Nothing was said in the chart's time range."}
        </p>
      ) : (
        <>
          <h2 className="timeline-heading">Stances by issue</h2>
          {model.issues.map(({ issue, series }) => (
            <LazyStanceFigure
              key={issue.id}
              dataset={dataset}
              issue={issue}
              series={series}
              styles={styles}
              xDomain={xDomain}
              events={events}
              onExportError={onExportError}
            />
          ))}
          <GapPanel
            cellIndex={cellIndex}
            model={model}
            xDomain={xDomain}
            onExportError={onExportError}
          />
        </>
      )}
    </div>
  );
}

// The whole period's first and last days, for the zoom inputs' bounds.
function dateBounds(domain: [number, number] | null): { first: string; last: string } | null {
  return domain ? { first: toIsoDate(domain[0]), last: toIsoDate(domain[1]) } : null;
}

export default TimelineView;
