// One statement behind a matrix cell, with everything needed to check it: when, who, what
// was said word for word, on what condition, and where it was published.
import { lookupDataset } from "../../domain/datasetLookup";
import type { Dataset, Issue, Statement } from "../../domain/schema";
import { stanceIndex } from "../../domain/statementIndex";
import { deleteStatement, editStatement } from "../../state/editCommands";
import { useQuoteCheck } from "../../state/useQuoteCheck";
import { formatDate } from "../../ui/formatDate";
import { QuoteCheckNote } from "../../ui/QuoteCheckNote";
import { SourceLine } from "../../ui/SourceLine";
import { StatementEditButtons } from "../../ui/StatementEditButtons";

interface StatementCardProps {
  statement: Statement;
  issue: Issue;
  dataset: Dataset;
}

export function StatementCard({ statement, issue, dataset }: StatementCardProps) {
  const position = stanceIndex(issue, statement.stanceId);
  const stance = position === null ? null : issue.stances[position];
  const source = lookupDataset(dataset).sources.get(statement.sourceId);
  const isReported = statement.quoteKind === "reported";
  const quoteCheck = useQuoteCheck(statement.id);
  return (
    <article className="statement-card">
      <header>
        <h3>
          <time dateTime={statement.date}>
            {formatDate(statement.date, statement.datePrecision)}
          </time>
          {" · "}
          {statement.speaker.name}
        </h3>
        {statement.speaker.role && <p className="speaker-role">{statement.speaker.role}</p>}
      </header>
      <p>
        <strong>Stance:</strong>{" "}
        {stance
          ? `${stance.label} (${(position ?? 0) + 1} of ${issue.stances.length})`
          : "No clear stance"}
      </p>
      <p>{statement.summary}</p>
      {statement.quote && (
        <figure className="quote">
          <blockquote>{statement.quote}</blockquote>
          <figcaption>
            {isReported ? "Reported speech, not a verbatim quote" : "Verbatim quote"}
            {statement.reportedBy &&
              `. As reported by ${statement.reportedBy.name}${statement.reportedBy.role ? `, ${statement.reportedBy.role}` : ""}`}{" "}
            <QuoteCheckNote status={quoteCheck} />
          </figcaption>
        </figure>
      )}
      {!statement.quote && statement.reportedBy && (
        <p>
          As reported by {statement.reportedBy.name}
          {statement.reportedBy.role ? `, ${statement.reportedBy.role}` : ""}
        </p>
      )}
      {statement.conditions && (
        <p>
          <strong>Conditions:</strong> {statement.conditions}
        </p>
      )}
      {/* After the substance: read first, it passed for the summary. */}
      {statement.dateNote && (
        <p className="date-note">
          <strong>How it was dated:</strong> {statement.dateNote}
        </p>
      )}
      <p className="source-line">
        Source: {source ? <SourceLine source={source} /> : `unknown source “${statement.sourceId}”`}
      </p>
      <StatementEditButtons
        onEdit={() => editStatement(statement)}
        onDelete={() => void deleteStatement(statement.id)}
      />
    </article>
  );
}
