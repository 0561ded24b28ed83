// Fewer markers for charts with many statements, without hiding any stance a party took.
import type { StancePoint } from "../../domain/stanceSeries";

export interface ThinnedPoint extends StancePoint {
  // How many statements of the party this marker stands for (1 = just itself).
  count: number;
}

const DAY_MS = 86_400_000;

// Returns the points unchanged (count 1) when there are at most maxPoints. Otherwise merges
// a party's statements that share a stance within one bucket of days into one marker, the
// first of them. A bucket is `bucketDays` wide (1 = per day; callers pass the days one pixel
// spans, since closer markers cannot be told apart), or wider when that still leaves more
// than maxPoints buckets over the points' span: thousands of SVG markers made a 100k-statement
// timeline take seconds to draw. Every stance the party took in every bucket keeps a marker,
// so no stance change loses its marker. Expects one party's points in date order.
export function thinPoints(
  points: readonly StancePoint[],
  maxPoints: number,
  bucketDays = 1,
): ThinnedPoint[] {
  if (points.length <= maxPoints) return points.map((point) => ({ ...point, count: 1 }));
  const firstDate = points[0]?.date ?? "1970-01-01";
  const lastDate = points[points.length - 1]?.date ?? firstDate;
  const spanDays = (toMs(lastDate) - toMs(firstDate)) / DAY_MS + 1;
  const fitDays = maxPoints > 0 ? Math.ceil(spanDays / maxPoints) : 1;
  const bucketMs = Math.max(1, Math.floor(bucketDays), fitDays) * DAY_MS;
  const thinned: ThinnedPoint[] = [];
  // Markers of the current bucket by stance index (null = no clear stance).
  let bucketMarkers = new Map<number | null, ThinnedPoint>();
  let bucket: number | null = null;
  for (const point of points) {
    const pointBucket = Math.floor(toMs(point.date) / bucketMs);
    if (pointBucket !== bucket) {
      bucket = pointBucket;
      bucketMarkers = new Map();
    }
    const marker = bucketMarkers.get(point.stanceIndex);
    if (marker) {
      marker.count++;
      continue;
    }
    const added = { ...point, count: 1 };
    bucketMarkers.set(point.stanceIndex, added);
    thinned.push(added);
  }
  return thinned;
}

function toMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}
