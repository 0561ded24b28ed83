// Places a chart window's events as vertical marks: one mark per date (events on one day share
// it), labelled with the events' numbers in the list under the chart. Pure.
import type { NegotiationEvent } from "../../domain/schema";
import { toTime } from "./timeTicks";

export interface EventMark {
  x: number;
  date: string;
  // The numbers (1-based, in list order) of the events on this date, e.g. "3" or "7–10".
  label: string;
}

// `events` in date order (eventsInWindow); returns one mark per distinct date.
export function eventMarks(events: readonly NegotiationEvent[]): EventMark[] {
  const marks: { date: string; first: number; last: number }[] = [];
  events.forEach((event, index) => {
    const mark = marks[marks.length - 1];
    if (mark && mark.date === event.date) mark.last = index + 1;
    else marks.push({ date: event.date, first: index + 1, last: index + 1 });
  });
  return marks.map(({ date, first, last }) => ({
    x: toTime(date),
    date,
    label: first === last ? String(first) : `${first}–${last}`,
  }));
}
