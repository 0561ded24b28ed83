// A stance chart drawn only when it scrolls near the viewport. A dataset with hundreds of
// issues would otherwise lay out and draw every chart in one long task when the tab opens.
// Until then a placeholder of about the chart's height holds the figure's caption and its
// text alternative, so the page's outline and length are right from the start.
import { useRef } from "react";
import { describeChart } from "./describeChart";
import { StanceFigure, type StanceFigureProps } from "./StanceFigure";
import { useIsNearViewport } from "./useIsNearViewport";

// Rows of 48 px per stance plus the date axis and legend: roughly a drawn chart's plot.
const ROW_HEIGHT = 48;
const AXIS_HEIGHT = 80;

export function LazyStanceFigure(props: StanceFigureProps) {
  const ref = useRef<HTMLElement>(null);
  const isNear = useIsNearViewport(ref);
  if (isNear) return <StanceFigure {...props} />;
  const { issue, series, styles } = props;
  const caption = `${issue.name}: stances over time`;
  const names = series.flatMap((party) => styles.get(party.partyId)?.name ?? []);
  return (
    <figure ref={ref} className="timeline-figure" aria-label={caption}>
      <figcaption>{caption}</figcaption>
      <div
        role="img"
        aria-label={describeChart(issue, series, names)}
        style={{ height: issue.stances.length * ROW_HEIGHT + AXIS_HEIGHT }}
      />
    </figure>
  );
}
