// One flag: what looks wrong, the words that triggered it, whether it is resolved (and why),
// and the statements and events it is about, each one click from its details and its article.
import type { ReviewedFlag } from "../../domain/review/flag";
import { showScales } from "../../state/navigationCommands";
import { FlaggedEvent } from "./FlaggedEvent";
import { FlaggedStatement } from "./FlaggedStatement";
import type { ReviewModel } from "./useReview";

interface FlagItemProps {
  flag: ReviewedFlag;
  model: ReviewModel;
}

export function FlagItem({ flag, model }: FlagItemProps) {
  return (
    <article className={flag.resolved ? "review-flag is-resolved" : "review-flag"}>
      <p className="review-flag-status">{flag.resolved ? "Resolved" : "Unresolved"}</p>
      <p className="review-flag-message">{flag.message}</p>
      <p className="review-flag-evidence">
        Triggered by: <q>{flag.evidence}</q>
      </p>
      {flag.resolved && <p className="review-flag-reason">Reason recorded: {flag.reason}</p>}
      {(flag.eventIds ?? []).map((id) => (
        <FlaggedEvent key={id} eventId={id} event={model.events.get(id)} />
      ))}
      {flag.issueId !== undefined && !flag.statementIds && (
        <button type="button" className="review-subject" onClick={showScales}>
          Show the scale of {model.issueNames.get(flag.issueId) ?? flag.issueId} in the Method view
        </button>
      )}
      {(flag.statementIds ?? []).map((id) => (
        <FlaggedStatement key={id} statementId={id} statement={model.statements.get(id)} />
      ))}
    </article>
  );
}
