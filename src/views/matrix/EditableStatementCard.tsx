// A statement behind a matrix cell, with its quote checked against its article and the
// buttons that edit or delete it (the shared card in src/ui takes both as props).
import type { ComponentProps } from "react";
import { deleteStatement, editStatement } from "../../state/editCommands";
import { useQuoteCheck } from "../../state/useQuoteCheck";
import { StatementCard } from "../../ui/StatementCard";
import { StatementEditButtons } from "../../ui/StatementEditButtons";

type EditableStatementCardProps = Omit<ComponentProps<typeof StatementCard>, "quoteCheck">;

export function EditableStatementCard(props: EditableStatementCardProps) {
  const { statement } = props;
  const quoteCheck = useQuoteCheck(statement.id);
  return (
    <StatementCard {...props} quoteCheck={quoteCheck}>
      <StatementEditButtons
        onEdit={() => editStatement(statement)}
        onDelete={() => void deleteStatement(statement.id)}
      />
    </StatementCard>
  );
}
