// Everything known about one statement: the full quote, conditions, how its date was fixed,
// where its stance sits on the issue's scale, and its source.

import type { Statement } from "../../domain/schema";
import {
  NO_STANCE,
  personText,
  placeText,
  reportedByText,
  stanceOf,
  statementDate,
} from "../../domain/statementText";
import { deleteStatement, editStatement } from "../../state/editCommands";
import { useQuoteCheck } from "../../state/useQuoteCheck";
import { useScope } from "../../state/useScope";
import { QuoteCheckNote } from "../../ui/QuoteCheckNote";
import { SourceLine } from "../../ui/SourceLine";
import { StatementEditButtons } from "../../ui/StatementEditButtons";

export function StatementDetails({ statement }: { statement: Statement }) {
  const { lookup } = useScope().indexed;
  const { issues, sources } = lookup;
  const issue = issues.get(statement.issueId);
  const place = issue ? stanceOf(issue, statement.stanceId) : null;
  const stance = place?.stance;
  const reportedBy = reportedByText(statement);
  const source = sources.get(statement.sourceId);
  const quoteCheck = useQuoteCheck(statement.id);

  return (
    <dl className="statements-details-list">
      {statement.quote && (
        <div>
          <dt>{statement.quoteKind === "direct" ? "Quote" : "Reported words"}</dt>
          <dd>
            <blockquote>{statement.quote}</blockquote>
            <QuoteCheckNote status={quoteCheck} />
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
          {personText(statement.speaker)}
          {reportedBy && ` (${reportedBy.charAt(0).toLowerCase()}${reportedBy.slice(1)})`}
        </dd>
      </div>
      <div>
        <dt>Stance</dt>
        <dd>
          {place && issue
            ? `${place.stance.label} (${placeText(place.index, issue.stances.length)} on ${issue.name})`
            : NO_STANCE}
          {stance?.description && <span className="statements-muted"> — {stance.description}</span>}
        </dd>
      </div>
      <div>
        <dt>Date</dt>
        <dd>
          {statementDate(statement)} ({statement.datePrecision} precision)
          {statement.dateNote && <span className="statements-muted"> — {statement.dateNote}</span>}
        </dd>
      </div>
      <div>
        <dt>Source</dt>
        <dd>{source ? <SourceLine source={source} /> : statement.sourceId}</dd>
      </div>
      <div>
        <dt>Edit</dt>
        <dd>
          <StatementEditButtons
            onEdit={() => editStatement(statement)}
            onDelete={() => void deleteStatement(statement.id)}
          />
        </dd>
      </div>
    </dl>
  );
}
