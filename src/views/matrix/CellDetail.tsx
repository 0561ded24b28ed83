// The drawer listing every statement behind the selected cell, oldest first, a page at a time
// (one cell may hold 20,000 statements); in compare mode the statement that moved the cell is
// marked.
import { useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { countText, formatDate, shortPoles } from "../../domain/statementText";
import { useParleyStore } from "../../state/store";
import { useScope } from "../../state/useScope";
import { Drawer } from "../../ui/Drawer";
import { ShowMoreButton } from "../../ui/ShowMoreButton";
import { EditableStatementCard } from "./EditableStatementCard";
import { cellKey, type MatrixCellView, type MatrixModel } from "./matrixModel";
import { differingAccountsText, heldText, moveText, stanceText } from "./matrixText";

const PAGE_SIZE = 50;
const NOUN = { singular: "statement", plural: "statements" };

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
  return <CellDrawer key={key} cellKey={key} view={view} model={model} onClose={closeCell} />;
}

interface CellDrawerProps {
  cellKey: string;
  view: MatrixCellView;
  model: MatrixModel;
  onClose(): void;
}

// Keyed by cell (above), so switching cells (e.g. Back) opens a fresh drawer at its first page.
function CellDrawer({ cellKey: key, view, model, onClose }: CellDrawerProps) {
  const [shown, setShown] = useState(PAGE_SIZE);
  const { dataset, indexed } = useScope();
  const { issue, party, current } = view;
  const { sources } = indexed.lookup;
  // The statement the current stance comes from is the one that made the change.
  const changedBy = view.isChanged ? current.stanceStatement : null;
  const move = moveText(view, shortPoles(dataset.meta));
  return (
    <Drawer
      title={`${party.name} on ${issue.name}`}
      onClose={onClose}
      returnFocusTo={() => document.querySelector(`[data-cell-key="${CSS.escape(key)}"]`)}
    >
      <p className="drawer-summary">
        As of {formatDate(model.asOf)}: <strong>{stanceText(current)}</strong>.{" "}
        <ProvenanceNote view={view} />
        {countText(current.statements.length, "statement")} behind this cell, oldest first.
        {changedBy && model.compareFrom && (
          <> {`${move ?? "Changed"} since ${formatDate(model.compareFrom)}.`}</>
        )}
      </p>
      {current.statements.length === 0 ? (
        <p>No statements from {party.name} on this issue up to this date match the filters.</p>
      ) : (
        <>
          <ol className="statement-list">
            {current.statements.slice(0, shown).map((statement) => (
              <li key={statement.id}>
                <EditableStatementCard
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
          <ShowMoreButton
            shown={shown}
            total={current.statements.length}
            pageSize={PAGE_SIZE}
            noun={NOUN}
            onShowMore={setShown}
          />
        </>
      )}
    </Drawer>
  );
}

// Since when the stance has been held, and whose words it rests on: the party's own, or
// another party's account (shown as such), with any account that differs named.
function ProvenanceNote({ view }: { view: MatrixCellView }) {
  const { current, party } = view;
  const held = heldText(current);
  const differs = differingAccountsText(current);
  const reporter = current.isAccount ? current.stanceStatement?.reportedBy : null;
  return (
    <>
      {held && <>{held}. </>}
      {reporter && (
        <>
          {`${party.name} has stated no stance of its own here: this one is ${reporter.name}'s account of it.`}{" "}
        </>
      )}
      {differs && (
        <>
          {`${differs} from ${party.name}'s own words (marked “Account by another party” below).`}{" "}
        </>
      )}
    </>
  );
}
