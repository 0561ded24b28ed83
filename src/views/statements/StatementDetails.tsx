// Everything known about one statement: the full quote, conditions, how its date was fixed,
// where its stance sits on the issue's scale, and its source.

import { lookupDataset } from "../../domain/datasetLookup";
import type { Statement } from "../../domain/schema";
import { statementColumn } from "../../domain/statementColumns";
import { deleteStatement, editStatement } from "../../state/editCommands";
import { useParleyStore } from "../../state/store";
import { useQuoteCheck } from "../../state/useQuoteCheck";
import { formatDate } from "../../ui/formatDate";
import { QuoteCheckNote } from "../../ui/QuoteCheckNote";
import { SourceLine } from "../../ui/SourceLine";
import { StatementEditButtons } from "../../ui/StatementEditButtons";

export function StatementDetails({ statement }: { statement: Statement }) {
  const dataset = useParleyStore((state) => state.dataset);
  const { issues, sources } = lookupDataset(dataset);
  const issue = issues.get(statement.issueId);
  const stance = issue?.stances.find((candidate) => candidate.id === statement.stanceId);
  const position = statementColumn("stance-position")?.value(statement, dataset);
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
