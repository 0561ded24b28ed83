// One statement (behind a matrix cell, a deal-space band or an alert), with everything needed
// to check it: when, who, what was said word for word, on what condition, where published.
// The caller looks the source up (src/ui reads no store), e.g. with useScope().source, and
// passes any controls to show under it (children), e.g. the quote check and edit buttons.
import type { ReactNode } from "react";
import type { Issue, Source, Statement } from "../domain/schema";
import { reportedByText, stanceWithPlace, statementDate } from "../domain/statementText";
import { SourceLine } from "./SourceLine";

interface StatementCardProps {
  statement: Statement;
  issue: Issue;
  source: Source | undefined;
  // Set on the statement that moved the cell in compare mode: what it changed.
  changeNote?: string | null;
  children?: ReactNode;
}

export function StatementCard(props: StatementCardProps) {
  const { statement, issue, source, changeNote, children } = props;
  const isReported = statement.quoteKind === "reported";
  const reportedBy = reportedByText(statement);
  return (
    <article className={changeNote ? "statement-card is-change" : "statement-card"}>
      {changeNote && <p className="change-note">{changeNote}</p>}
      <header>
        <h3>
          <time dateTime={statement.date}>{statementDate(statement)}</time>
          {" · "}
          {statement.speaker.name}
        </h3>
        {statement.speaker.role && <p className="speaker-role">{statement.speaker.role}</p>}
        {statement.reportedBy && (
          <p className="account-badge">Account by another party: {statement.reportedBy.name}</p>
        )}
      </header>
      <p>
        <strong>Stance:</strong> {stanceWithPlace(issue, statement.stanceId)}
      </p>
      <p>{statement.summary}</p>
      {statement.quote && (
        <figure className="quote">
          <blockquote>{statement.quote}</blockquote>
          <figcaption>
            {isReported ? "Reported speech, not a verbatim quote" : "Verbatim quote"}
            {reportedBy && `. ${reportedBy}`}
          </figcaption>
        </figure>
      )}
      {!statement.quote && reportedBy && <p>{reportedBy}</p>}
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
      {children}
    </article>
  );
}
