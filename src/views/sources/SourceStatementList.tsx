// The statements one source supports, in date order.

import { lookupDataset } from "../../domain/datasetLookup";
import type { Statement } from "../../domain/schema";
import { statementColumn } from "../../domain/statementColumns";
import { selectDataset } from "../../state/librarySlice";
import { useParleyStore } from "../../state/store";
import { formatDate } from "../../ui/formatDate";

export function SourceStatementList({ statements }: { statements: readonly Statement[] }) {
  const dataset = useParleyStore(selectDataset);
  const { parties, issues } = lookupDataset(dataset);
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
            <strong>{stance?.value(statement, dataset)}</strong>
          </p>
          <p>{statement.summary}</p>
          {statement.quote && <blockquote>{statement.quote}</blockquote>}
        </li>
      ))}
    </ol>
  );
}
