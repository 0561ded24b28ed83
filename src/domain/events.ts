// The dataset's events (summits, calls, plans published) as the charts and date controls use
// them. Pure: plain data in, plain data out.
import type { NegotiationEvent } from "./schema";
import { formatDate } from "./statementText";

// Returns the events dated from `from` to `to` (ISO dates, both inclusive), by date, then
// title: the events a chart over that window draws.
export function eventsInWindow(
  events: readonly NegotiationEvent[] | undefined,
  from: string,
  to: string,
): NegotiationEvent[] {
  return byDate((events ?? []).filter((event) => event.date >= from && event.date <= to));
}

export interface EventStop {
  // The as-of date the stop sets: the event's date.
  date: string;
  // e.g. "20 January 2025: Trump takes office" (month or year precision written as such).
  label: string;
  eventId: string;
}

// Returns the event stops an as-of control offers: each event whose date the control can be
// set to (from `first` to `last`, inclusive), by date then title.
export function eventStops(
  events: readonly NegotiationEvent[] | undefined,
  first: string | undefined,
  last: string,
): EventStop[] {
  return eventsInWindow(events, first ?? last, last).map((event) => ({
    date: event.date,
    label: `${formatDate(event.date, event.datePrecision)}: ${event.title}`,
    eventId: event.id,
  }));
}

function byDate(events: NegotiationEvent[]): NegotiationEvent[] {
  return events.sort((a, b) =>
    a.date === b.date ? a.title.localeCompare(b.title) : a.date < b.date ? -1 : 1,
  );
}
