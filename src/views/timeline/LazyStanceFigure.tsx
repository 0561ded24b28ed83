// A stance chart drawn only while it is near the viewport. A dataset with hundreds of issues
// would otherwise lay out and draw every chart in one long task when the tab opens, and keep
// them all in memory once scrolled through. Away from the viewport a placeholder holds the
// figure's caption and its text alternative, at the height the chart had (or about it, before
// it was first drawn), so the page's outline and length stay right and scrolling does not jump.
import { useLayoutEffect, useRef } from "react";
import { describeChart } from "./describeChart";
import { StanceFigure, type StanceFigureProps } from "./StanceFigure";
import { useIsNearViewport } from "./useIsNearViewport";

// Rows of 48 px per stance plus the date axis and legend: roughly a drawn chart's plot.
const ROW_HEIGHT = 48;
const AXIS_HEIGHT = 80;

export function LazyStanceFigure(props: StanceFigureProps) {
  const ref = useRef<HTMLDivElement>(null);
  const isNear = useIsNearViewport(ref);
  const drawnHeight = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (isNear && ref.current) drawnHeight.current = ref.current.offsetHeight;
  });
  const { issue, series, styles } = props;
  const caption = `${issue.name}: stances over time`;
  const names = series.flatMap((party) => styles.get(party.partyId)?.name ?? []);
  return (
    <div
      ref={ref}
      className="timeline-lazy-figure"
      style={!isNear && drawnHeight.current ? { minHeight: drawnHeight.current } : undefined}
    >
      {isNear ? (
        <StanceFigure {...props} />
      ) : (
        <figure className="timeline-figure" aria-label={caption}>
          <figcaption>{caption}</figcaption>
          <div
            role="img"
            aria-label={describeChart(issue, series, names)}
            style={{ height: issue.stances.length * ROW_HEIGHT + AXIS_HEIGHT }}
          />
        </figure>
      )}
    </div>
  );
}
