// The statements already coded from this source, each with Edit: the reported ones that stand
// in no quotation too.
import type { Dataset } from "../../domain/schema";
import { statementLabel } from "../../domain/statementLabel";

interface SourceStatementsProps {
  sourceId: string;
  dataset: Dataset;
  onEdit(statementId: string): void;
}

export function SourceStatements({ sourceId, dataset, onEdit }: SourceStatementsProps) {
  const statements = dataset.statements.filter((statement) => statement.sourceId === sourceId);
  return (
    <section className="source-statements" aria-labelledby="source-statements-title">
      <h3 id="source-statements-title">Coded from this article ({statements.length})</h3>
      <ul>
        {statements.map((statement) => {
          const label = statementLabel(statement, dataset);
          return (
            <li key={statement.id}>
              {label}{" "}
              <button
                type="button"
                aria-label={`Edit ${label}`}
                onClick={() => onEdit(statement.id)}
              >
                Edit
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
