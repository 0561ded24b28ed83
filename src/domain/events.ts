// The dataset's events (summits, calls, plans published) as the charts and date controls use
// them. Pure: plain data in, plain data out.
import type { DatePrecision, NegotiationEvent } from "./schema";
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
  // The as-of date the stop sets: the event's day, or the last day of its month or year
  // (never after `last`), so what was said at the event is included: "May 2025: talks in
  // Istanbul" is dated 1 May, and an as-of of 1 May left out everything said there.
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
    date: minDate(endOfPeriod(event.date, event.datePrecision), last),
    label: `${formatDate(event.date, event.datePrecision)}: ${event.title}`,
    eventId: event.id,
  }));
}

// Returns the last day of the month or year an ISO date stands for at its precision.
export function endOfPeriod(date: string, precision: DatePrecision): string {
  if (precision === "day") return date;
  const year = Number(date.slice(0, 4));
  if (precision === "year") return `${date.slice(0, 4)}-12-31`;
  const month = Number(date.slice(5, 7));
  // Day 0 of the next month is the last day of this one (UTC, so no time zone shifts it).
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${date.slice(0, 7)}-${String(lastDay).padStart(2, "0")}`;
}

const minDate = (a: string, b: string) => (a < b ? a : b);

function byDate(events: NegotiationEvent[]): NegotiationEvent[] {
  return events.sort((a, b) =>
    a.date === b.date ? a.title.localeCompare(b.title) : a.date < b.date ? -1 : 1,
  );
}
