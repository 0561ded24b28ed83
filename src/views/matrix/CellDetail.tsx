// The drawer listing every statement behind the selected cell, oldest first; in compare mode
// the statement that moved the cell is marked.
import { useShallow } from "zustand/react/shallow";
import { countText, formatDate, shortPoles } from "../../domain/statementText";
import { useParleyStore } from "../../state/store";
import { useScope } from "../../state/useScope";
import { Drawer } from "../../ui/Drawer";
import { cellKey, type MatrixModel } from "./matrixModel";
import { moveText, stanceText } from "./matrixText";
import { StatementCard } from "./StatementCard";

export function CellDetail({ model }: { model: MatrixModel }) {
  const { selectedCell, closeCell } = useParleyStore(
    useShallow((state) => ({
      selectedCell: state.selectedCell,
      closeCell: state.closeCell,
    })),
  );
  const { dataset, indexed } = useScope();
  if (!selectedCell) return null;
  const key = cellKey(selectedCell.issueId, selectedCell.partyId);
  const view = model.cells.get(key);
  if (!view) return null;
  const { issue, party, current } = view;
  const { sources } = indexed.lookup;
  // The statement the current stance comes from is the one that made the change.
  const changedBy = view.isChanged ? current.stanceStatement : null;
  const move = moveText(view, shortPoles(dataset.meta));
  return (
    <Drawer
      // Keyed by cell so switching cells (e.g. Back) opens a fresh drawer.
      key={key}
      title={`${party.name} on ${issue.name}`}
      onClose={closeCell}
      returnFocusTo={() => document.querySelector(`[data-cell-key="${CSS.escape(key)}"]`)}
    >
      <p className="drawer-summary">
        As of {formatDate(model.asOf)}: <strong>{stanceText(current)}</strong>.{" "}
        {countText(current.statements.length, "statement")} behind this cell, oldest first.
        {changedBy && model.compareFrom && (
          <> {`${move ?? "Changed"} since ${formatDate(model.compareFrom)}.`}</>
        )}
      </p>
      {current.statements.length === 0 ? (
        <p>No statements from {party.name} on this issue up to this date match the filters.</p>
      ) : (
        <ol className="statement-list">
          {current.statements.map((statement) => (
            <li key={statement.id}>
              <StatementCard
                statement={statement}
                issue={issue}
                source={sources.get(statement.sourceId)}
                changeNote={
                  statement === changedBy && model.compareFrom
                    ? `This statement made the change since ${formatDate(model.compareFrom)}`
                    : null
                }
              />
            </li>
          ))}
        </ol>
      )}
    </Drawer>
  );
}
