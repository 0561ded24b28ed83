// The drawer listing every statement behind the selected cell, oldest first.
import { useShallow } from "zustand/react/shallow";
import { useParleyStore } from "../../state/store";
import { Drawer } from "../../ui/Drawer";
import { formatDate } from "../../ui/formatDate";
import { cellKey, type MatrixModel } from "./matrixModel";
import { countText, stanceText } from "./matrixText";
import { StatementCard } from "./StatementCard";

export function CellDetail({ model }: { model: MatrixModel }) {
  const { selectedCell, closeCell } = useParleyStore(
    useShallow((state) => ({
      selectedCell: state.selectedCell,
      closeCell: state.closeCell,
    })),
  );
  if (!selectedCell) return null;
  const key = cellKey(selectedCell.issueId, selectedCell.partyId);
  const view = model.cells.get(key);
  if (!view) return null;
  const { issue, party, current } = view;
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
      </p>
      {current.statements.length === 0 ? (
        <p>No statements from {party.name} on this issue up to this date match the filters.</p>
      ) : (
        <ol className="statement-list">
          {current.statements.map((statement) => (
            <li key={statement.id}>
              <StatementCard statement={statement} issue={issue} />
            </li>
          ))}
        </ol>
      )}
    </Drawer>
  );
}
