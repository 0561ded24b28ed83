// The statements one source supports, in date order.

import type { Statement } from "../../domain/schema";
import { statementColumn } from "../../domain/statementColumns";
import { formatDate } from "../../domain/statementText";
import { useScope } from "../../state/useScope";

export function SourceStatementList({ statements }: { statements: readonly Statement[] }) {
  const { lookup } = useScope().indexed;
  const { parties, issues } = lookup;
  const stance = statementColumn("stance");

  return (
    <ol className="source-statement-list">
      {statements.map((statement) => (
        <li key={statement.id}>
          <p className="source-statement-meta">
            <time dateTime={statement.date}>
              {formatDate(statement.date, statement.datePrecision)}
            </time>
            {" · "}
            {parties.get(statement.partyId)?.name ?? statement.partyId}
            {" · "}
            {statement.speaker.name}
          </p>
          <p className="source-statement-stance">
            {issues.get(statement.issueId)?.name ?? statement.issueId}:{" "}
            <strong>{stance?.value(statement, lookup)}</strong>
          </p>
          <p>{statement.summary}</p>
          {statement.quote && <blockquote>{statement.quote}</blockquote>}
        </li>
      ))}
    </ol>
  );
}
