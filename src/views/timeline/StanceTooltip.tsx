// The statement behind a marker: who said what, when, in which words.
import type { Party } from "../../domain/schema";
import { personText, statementWhenText } from "../../domain/statementText";
import { tooltipPlacement } from "./tooltipPlacement";
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

export function StanceTooltip(props: StanceTooltipProps) {
  const { active, party, chartWidth, chartHeight } = props;
  const { statement, stanceLabel, count } = active.marker;
  return (
    <div
      className="timeline-tooltip"
      role="tooltip"
      style={tooltipPlacement(active, chartWidth, chartHeight)}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
      data-timeline-tooltip=""
    >
      <button type="button" className="timeline-tooltip-close" onClick={props.onClose}>
        <span aria-hidden="true">×</span>
        <span className="visually-hidden">Close</span>
      </button>
      <p className="timeline-tooltip-who">
        <strong>{personText(statement.speaker)}</strong>
        {party ? ` (${party.shortName})` : ""}
      </p>
      <p className="timeline-tooltip-when">
        {statementWhenText(statement)} · <em>{stanceLabel}</em>
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
