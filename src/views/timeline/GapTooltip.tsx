// One point of a gap chart: the date, each party's stance, and how far apart they stood.
import type { GapPoint } from "../../domain/gapSeries";
import type { Issue } from "../../domain/schema";
import { formatDate } from "../../domain/statementText";
import { TooltipFrame, type TooltipFrameProps } from "./TooltipFrame";

interface GapTooltipProps extends TooltipFrameProps<GapPoint> {
  issue: Issue;
  names: readonly [string, string];
}

export function GapTooltip(props: GapTooltipProps) {
  const { active, issue, names } = props;
  const point = active.marker;
  const steps = Math.abs(point.stanceIndexA - point.stanceIndexB);
  return (
    <TooltipFrame {...props}>
      <p className="timeline-tooltip-when">
        <strong>{formatDate(point.date)}</strong> · {issue.name}
      </p>
      <p>
        {names[0]}: <em>{issue.stances[point.stanceIndexA]?.label}</em>
      </p>
      <p>
        {names[1]}: <em>{issue.stances[point.stanceIndexB]?.label}</em>
      </p>
      <p>
        Gap {Number(point.gap.toFixed(2))} ({steps} of {issue.stances.length - 1} steps)
      </p>
    </TooltipFrame>
  );
}
