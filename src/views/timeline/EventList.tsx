// The events a chart marks, numbered as its vertical lines are labelled: the lines' text.
import type { NegotiationEvent } from "../../domain/schema";
import { formatDate } from "../../domain/statementText";

export function EventList({ events }: { events: readonly NegotiationEvent[] }) {
  if (events.length === 0) return null;
  return (
    <details className="timeline-events">
      <summary>Events marked on the chart ({events.length})</summary>
      <ol>
        {events.map((event) => (
          <li key={event.id}>
            <time dateTime={event.date}>{formatDate(event.date, event.datePrecision)}</time>:{" "}
            {event.title}
          </li>
        ))}
      </ol>
    </details>
  );
}
