// Everything known about one statement: the full quote, conditions, how its date was fixed,
// where its stance sits on the issue's scale, and its source.

import type { Statement } from "../../domain/schema";
import { statementColumn } from "../../domain/statementColumns";
import { useScope } from "../../state/useScope";
import { formatDate } from "../../ui/formatDate";
import { SourceLine } from "../../ui/SourceLine";

export function StatementDetails({ statement }: { statement: Statement }) {
  const { lookup } = useScope().indexed;
  const { issues, sources } = lookup;
  const issue = issues.get(statement.issueId);
  const stance = issue?.stances.find((candidate) => candidate.id === statement.stanceId);
  const position = statementColumn("stance-position")?.value(statement, lookup);
  const source = sources.get(statement.sourceId);

  return (
    <dl className="statements-details-list">
      {statement.quote && (
        <div>
          <dt>{statement.quoteKind === "direct" ? "Quote" : "Reported words"}</dt>
          <dd>
            <blockquote>{statement.quote}</blockquote>
          </dd>
        </div>
      )}
      {statement.conditions && (
        <div>
          <dt>Conditions</dt>
          <dd>{statement.conditions}</dd>
        </div>
      )}
      <div>
        <dt>Speaker</dt>
        <dd>
          {statement.speaker.name}
          {statement.speaker.role ? `, ${statement.speaker.role}` : ""}
          {statement.reportedBy &&
            ` (as reported by ${statement.reportedBy.name}, ${statement.reportedBy.role})`}
        </dd>
      </div>
      <div>
        <dt>Stance</dt>
        <dd>
          {stance
            ? `${stance.label}${position ? ` (${position} on ${issue?.name})` : ""}`
            : "No clear stance"}
          {stance?.description && <span className="statements-muted"> — {stance.description}</span>}
        </dd>
      </div>
      <div>
        <dt>Date</dt>
        <dd>
          {formatDate(statement.date, statement.datePrecision)} ({statement.datePrecision}{" "}
          precision)
          {statement.dateNote && <span className="statements-muted"> — {statement.dateNote}</span>}
        </dd>
      </div>
      <div>
        <dt>Source</dt>
        <dd>{source ? <SourceLine source={source} /> : statement.sourceId}</dd>
      </div>
    </dl>
  );
}
