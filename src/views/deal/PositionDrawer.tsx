// The drawer the matrix uses, listing every statement behind the party's band, oldest first.
import { useShallow } from "zustand/react/shallow";
import type { Dataset } from "../../domain/schema";
import { cellStatements, countOnOrBefore, indexStatements } from "../../domain/statementIndex";
import { formatDate } from "../../domain/statementText";
import { useParleyStore } from "../../state/store";
import { useScope } from "../../state/useScope";
import { Drawer } from "../../ui/Drawer";
import { StatementCard } from "../../ui/StatementCard";

export function PositionDrawer({ scoped, asOf }: { scoped: Dataset; asOf: string }) {
  const { selectedCell, closeCell } = useParleyStore(
    useShallow((state) => ({ selectedCell: state.selectedCell, closeCell: state.closeCell })),
  );
  const scope = useScope();
  if (!selectedCell) return null;
  const issue = scoped.issues.find((each) => each.id === selectedCell.issueId);
  const party = scoped.parties.find((each) => each.id === selectedCell.partyId);
  if (!issue || !party) return null;
  const all = cellStatements(indexStatements(scoped), issue.id, party.id);
  const statements = all.slice(0, countOnOrBefore(all, asOf));
  const key = `deal:${issue.id}:${party.id}`;
  return (
    <Drawer
      key={key}
      title={`${party.name} on ${issue.name}`}
      onClose={closeCell}
      returnFocusTo={() => document.querySelector(`[data-cell-key="${CSS.escape(key)}"]`)}
    >
      <p className="drawer-summary">
        {statements.length === 1 ? "1 statement" : `${statements.length} statements`} up to{" "}
        {formatDate(asOf)}, oldest first.
      </p>
      {statements.length === 0 ? (
        <p>No statements from {party.name} on this issue up to this date match the filters.</p>
      ) : (
        <ol className="statement-list">
          {statements.map((statement) => (
            <li key={statement.id}>
              <StatementCard
                statement={statement}
                issue={issue}
                source={scope.source(statement.sourceId)}
              />
            </li>
          ))}
        </ol>
      )}
    </Drawer>
  );
}
