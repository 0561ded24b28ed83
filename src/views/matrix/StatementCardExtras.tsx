// The quote's check against its article and the edit buttons under a drawer's statement card:
// loaded after the first view, with the editing commands.
import type { Statement } from "../../domain/schema";
import { deleteStatement, editStatement } from "../../state/editCommands";
import { useQuoteCheck } from "../../state/useQuoteCheck";
import { QuoteCheckNote } from "../../ui/QuoteCheckNote";
import { StatementEditButtons } from "../../ui/StatementEditButtons";

export default function StatementCardExtras({ statement }: { statement: Statement }) {
  const quoteCheck = useQuoteCheck(statement.id);
  return (
    <>
      <QuoteCheckNote status={quoteCheck} />
      <StatementEditButtons
        onEdit={() => editStatement(statement)}
        onDelete={() => void deleteStatement(statement.id)}
      />
    </>
  );
}
