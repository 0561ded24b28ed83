// Where every party stands on every issue as of a date, with what changed and how far
// apart two parties are.
import { useEffect } from "react";
import { scalePoles, shortPoles } from "../../domain/statementText";
import { useParleyStore } from "../../state/store";
import { useResolvedChoices, useScope } from "../../state/useScope";
import { gapPairNote } from "../../ui/gapPairNote";
import { onDemand } from "../../ui/onDemand";
import { AnswerLine } from "./AnswerLine";
import { DateControls } from "./DateControls";
import { GapControl } from "./GapControl";
import { MatrixLegend } from "./MatrixLegend";
import { MatrixTable } from "./MatrixTable";
import { matrixCaption } from "./matrixCaption";
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

  const notify = useParleyStore((state) => state.notify);
  // The export code loads on the first click; a failure (a chunk that does not load, a PNG the
  // browser cannot draw) is said, not swallowed.
  const exportAs = (kind: "csv" | "svg" | "png") => {
    import("./matrixExports")
      .then((exports) => {
        const input = exports.exportInput(model, grid, poles, scope, choices);
        return kind === "csv"
          ? exports.downloadMatrixCsv(input)
          : exports.downloadMatrixPicture(kind, input);
      })
      .catch((error: unknown) => notify(`Could not export the matrix: ${String(error)}`, "error"));
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
            <button type="button" onClick={() => exportAs("csv")}>
              Export CSV
            </button>
            <button type="button" onClick={() => exportAs("png")}>
              Download PNG
            </button>
            <button type="button" onClick={() => exportAs("svg")}>
              Download SVG
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
