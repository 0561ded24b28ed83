// The statement behind a marker: who said what, when, in which words.
import type { Party } from "../../domain/schema";
import { personText, statementWhenText } from "../../domain/statementText";
import type { StanceMarker } from "./stanceChartLayout";
import { TooltipFrame, type TooltipFrameProps } from "./TooltipFrame";

interface StanceTooltipProps extends TooltipFrameProps<StanceMarker> {
  party: Party | undefined;
}

export function StanceTooltip(props: StanceTooltipProps) {
  const { active, party } = props;
  const { statement, stanceLabel, count } = active.marker;
  return (
    <TooltipFrame {...props}>
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
    </TooltipFrame>
  );
}
