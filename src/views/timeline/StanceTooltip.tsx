// The statement behind a marker: who said what, when, in which words.
import type { Party } from "../../domain/schema";
import { formatDate } from "../../domain/statementText";
import type { ActiveMarker } from "./useMarkerTooltip";

interface StanceTooltipProps {
  active: ActiveMarker;
  party: Party | undefined;
  chartWidth: number;
  chartHeight: number;
  onClose(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

// Wide enough for a sentence of summary, narrow enough for a 360 px phone.
const TOOLTIP_WIDTH = 280;

export function StanceTooltip(props: StanceTooltipProps) {
  const { active, party, chartWidth, chartHeight } = props;
  const { statement, stanceLabel, count } = active.marker;
  const width = Math.min(TOOLTIP_WIDTH, chartWidth - 8);
  const left = Math.max(4, Math.min(active.cx - width / 2, chartWidth - width - 4));
  // Open away from the nearer edge so the marker stays visible.
  const place =
    active.cy < chartHeight / 2
      ? { top: active.cy + 14 }
      : { bottom: chartHeight - active.cy + 14 };
  return (
    <div
      className="timeline-tooltip"
      role="tooltip"
      style={{ left, width, ...place }}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
      data-timeline-tooltip=""
    >
      <button type="button" className="timeline-tooltip-close" onClick={props.onClose}>
        <span aria-hidden="true">×</span>
        <span className="timeline-visually-hidden">Close</span>
      </button>
      <p className="timeline-tooltip-who">
        <strong>{statement.speaker.name}</strong>
        {statement.speaker.role ? `, ${statement.speaker.role}` : ""}
        {party ? ` (${party.shortName})` : ""}
      </p>
      <p className="timeline-tooltip-when">
        {formatDate(statement.date, statement.datePrecision)} · <em>{stanceLabel}</em>
      </p>
      <p>{statement.summary}</p>
      {statement.quote ? (
        <blockquote>
          “{statement.quote}”{statement.quoteKind === "reported" ? " (reported)" : ""}
        </blockquote>
      ) : null}
      {count > 1 ? (
        <p className="timeline-tooltip-more">
          and {count - 1} more that day with the same stance (see the data table)
        </p>
      ) : null}
    </div>
  );
}
