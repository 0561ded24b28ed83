// The drawer the matrix uses, listing every statement behind the party's band, oldest first.
import { useShallow } from "zustand/react/shallow";
import { cellStatements, countOnOrBefore } from "../../domain/statementIndex";
import { countText, formatDate } from "../../domain/statementText";
import { useParleyStore } from "../../state/store";
import { useScope } from "../../state/useScope";
import { Drawer } from "../../ui/Drawer";
import { StatementCard } from "../../ui/StatementCard";

export function PositionDrawer({ asOf }: { asOf: string }) {
  const { selectedCell, closeCell } = useParleyStore(
    useShallow((state) => ({ selectedCell: state.selectedCell, closeCell: state.closeCell })),
  );
  const scope = useScope();
  if (!selectedCell) return null;
  const issue = scope.issue(selectedCell.issueId);
  const party = scope.party(selectedCell.partyId);
  if (!issue || !party) return null;
  const all = cellStatements(scope.cellIndex, issue.id, party.id);
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
        {countText(statements.length, "statement")} up to {formatDate(asOf)}, oldest first.
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
