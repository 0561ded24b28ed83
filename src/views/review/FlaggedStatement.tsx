// A statement a flag names: one click shows its details (the shared statement card) with the
// way to its article and to its row in the Statements table.
import type { Statement } from "../../domain/schema";
import { showStatementInTable } from "../../state/navigationCommands";
import { useScope } from "../../state/useScope";
import { Disclosure } from "../../ui/Disclosure";
import { StatementCard } from "../../ui/StatementCard";
import { ArticlePassage } from "./ArticlePassage";

interface FlaggedStatementProps {
  statementId: string;
  statement: Statement | undefined;
}

export function FlaggedStatement({ statementId, statement }: FlaggedStatementProps) {
  const scope = useScope();
  return (
    <Disclosure className="review-subject" label={`Show statement ${statementId}`}>
      {() => {
        const issue = statement && scope.issue(statement.issueId);
        if (!statement || !issue) return <p>Statement {statementId} is not in the dataset.</p>;
        const source = scope.source(statement.sourceId);
        return (
          <StatementCard statement={statement} issue={issue} source={source}>
            <div className="review-subject-actions">
              <ArticlePassage source={source} statement={statement} />
              <button type="button" onClick={() => showStatementInTable(statement.id)}>
                Show {statement.id} in the Statements table
              </button>
            </div>
          </StatementCard>
        );
      }}
    </Disclosure>
  );
}
