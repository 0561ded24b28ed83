// An event a flag names: its date, title and description, and the way to its article.
import type { NegotiationEvent } from "../../domain/schema";
import { formatDate } from "../../domain/statementText";
import { useScope } from "../../state/useScope";
import { SourceLine } from "../../ui/SourceLine";
import { ArticlePassage } from "./ArticlePassage";

export function FlaggedEvent({
  eventId,
  event,
}: {
  eventId: string;
  event: NegotiationEvent | undefined;
}) {
  const scope = useScope();
  if (!event) return <p>Event {eventId} is not in the dataset.</p>;
  const source = scope.source(event.sourceId);
  return (
    <div className="review-event">
      <p>
        <strong>
          Event {event.id}: {event.title}
        </strong>{" "}
        (<time dateTime={event.date}>{formatDate(event.date, event.datePrecision)}</time>)
      </p>
      {event.description && <p>{event.description}</p>}
      <p className="source-line">
        Source: {source ? <SourceLine source={source} /> : `unknown source “${event.sourceId}”`}
      </p>
      <ArticlePassage source={source} />
    </div>
  );
}
