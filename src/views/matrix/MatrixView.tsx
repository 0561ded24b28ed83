// Where every party stands on every issue as of a date, with what changed and how far
// apart two parties are.
import { useEffect } from "react";
import { writeCsv } from "../../domain/csv";
import { scalePoles, shortPoles } from "../../domain/statementText";
import { useParleyStore } from "../../state/store";
import { useResolvedChoices, useScope } from "../../state/useScope";
import { downloadText, exportFilename } from "../../ui/download";
import { gapPairNote } from "../../ui/gapPairNote";
import { onDemand } from "../../ui/onDemand";
import { AnswerLine } from "./AnswerLine";
import { DateControls } from "./DateControls";
import { GapControl } from "./GapControl";
import { MatrixLegend } from "./MatrixLegend";
import { MatrixTable } from "./MatrixTable";
import { matrixCaption } from "./matrixCaption";
import { matrixCsvRows } from "./matrixGrid";
import { PhoneFold } from "./PhoneFold";
import { useMatrixData } from "./useMatrixData";
import "./MatrixView.css";

// The open cell's statements: loaded after the first paint, before the reader clicks a cell.
const CellDetail = onDemand("the cell's statements", () =>
  import("./CellDetail").then((module) => module.CellDetail),
);

export function MatrixView() {
  const { model, grid } = useMatrixData();
  const scope = useScope();
  const choices = useResolvedChoices();
  const { dataset } = scope;
  const swapMatrixAxes = useParleyStore((state) => state.swapMatrixAxes);
  const hasOpenCell = useParleyStore((state) => state.selectedCell !== null);
  useEffect(() => CellDetail.preload(), []);
  const poles = shortPoles(dataset.meta);
  const caption = matrixCaption(choices.asOf, model.compareFrom, {
    parties: [scope.parties.length, dataset.parties.length],
    issues: [scope.issues.length, dataset.issues.length],
  });

  const exportCsv = () => {
    const csv = writeCsv(matrixCsvRows(model, grid, poles));
    downloadText(
      exportFilename(dataset.meta.id, "matrix", model.asOf),
      csv,
      "text/csv;charset=utf-8",
    );
  };

  return (
    <div className="matrix-view">
      <AnswerLine model={model} />
      <PhoneFold label="Date, compare and gap">
        <div className="matrix-controls">
          <DateControls choices={choices} changedCount={model.changedCount} />
          {model.gapParties && (
            <GapControl
              parties={dataset.parties}
              pair={model.gapParties}
              note={gapPairNote(model.gapParties, scope.parties)}
            />
          )}
          <div className="matrix-actions">
            <button type="button" onClick={swapMatrixAxes}>
              Swap rows and columns
            </button>
            <button type="button" onClick={exportCsv}>
              Export CSV
            </button>
          </div>
        </div>
      </PhoneFold>
      {scope.isNarrowedByStatements && (
        <p className="matrix-scope-note">
          Cells use only the statements matching the filters; clear filters to see every statement.
        </p>
      )}
      {grid.rows.length === 0 || grid.columns.length === 0 ? (
        <p>No issues or parties to show.</p>
      ) : (
        <MatrixTable grid={grid} caption={caption} poles={poles} />
      )}
      <MatrixLegend gapLabel={grid.gapLabel} poles={scalePoles(dataset.meta)} />
      {hasOpenCell && <CellDetail model={model} />}
    </div>
  );
}
