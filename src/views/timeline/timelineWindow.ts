// Cuts stance and gap series to the date filter, carrying in what was held when it opens.
import type { GapPoint } from "../../domain/gapSeries";
import type { Statement } from "../../domain/schema";
import type { PartyStanceSeries } from "../../domain/stanceSeries";

export interface TimeWindow {
  from: string | null; // ISO date, inclusive; null = open
  to: string | null; // ISO date, inclusive; null = open
}

function isInside(date: string, window: TimeWindow): boolean {
  return (window.from === null || date >= window.from) && (window.to === null || date <= window.to);
}

// Returns the series with only the window's points. A stance held when the window opens
// becomes a step on its first day, so the line says what the party held rather than starting
// blank. null if the party neither spoke nor held a stance in the window.
export function clipStanceSeries(
  series: PartyStanceSeries,
  window: TimeWindow,
): PartyStanceSeries | null {
  const points = series.points.filter((point) => isInside(point.date, window));
  const steps = series.steps.filter((step) => isInside(step.date, window));
  const { from } = window;
  if (from !== null && steps[0]?.date !== from) {
    const held = series.steps.findLast((step) => step.date < from);
    if (held && (window.to === null || from <= window.to)) {
      steps.unshift({ date: from, stanceIndex: held.stanceIndex });
    }
  }
  if (points.length === 0 && steps.length === 0) return null;
  return { partyId: series.partyId, points, steps };
}

// Returns the window's gap points, with the gap in force when the window opens carried in.
export function clipGapPoints(points: readonly GapPoint[], window: TimeWindow): GapPoint[] {
  const inside = points.filter((point) => isInside(point.date, window));
  const { from } = window;
  if (from !== null && inside[0]?.date !== from) {
    const held = points.findLast((point) => point.date < from);
    if (held && (window.to === null || from <= window.to)) inside.unshift({ ...held, date: from });
  }
  return inside;
}

// Returns the first and last dates the time axis should span: the window's ends where set,
// else the dates of the first and last matching statement (events never stretch it; those
// outside are listed under the charts); null if nothing matches.
export function timelineDateRange(
  source: { readonly statements: readonly Statement[] },
  issueIds: readonly string[],
  partyIds: readonly string[],
  window: TimeWindow,
): { first: string; last: string } | null {
  let first: string | null = null;
  let last: string | null = null;
  for (const statement of source.statements) {
    if (!issueIds.includes(statement.issueId) || !partyIds.includes(statement.partyId)) continue;
    if (!isInside(statement.date, window)) continue;
    if (first === null || statement.date < first) first = statement.date;
    if (last === null || statement.date > last) last = statement.date;
  }
  if (first === null || last === null) return null;
  return { first: window.from ?? first, last: window.to ?? last };
}

// Returns the part of `outer` (the date filter) that `zoom` (the chart's own range) keeps: the
// later start and the earlier end. A zoom typed back to front is read the right way round.
export function narrowWindow(outer: TimeWindow, zoom: TimeWindow): TimeWindow {
  const [zoomFrom, zoomTo] =
    zoom.from !== null && zoom.to !== null && zoom.from > zoom.to
      ? [zoom.to, zoom.from]
      : [zoom.from, zoom.to];
  const later = (a: string | null, b: string | null) =>
    a === null ? b : b === null || a > b ? a : b;
  const earlier = (a: string | null, b: string | null) =>
    a === null ? b : b === null || a < b ? a : b;
  return { from: later(outer.from, zoomFrom), to: earlier(outer.to, zoomTo) };
}
