// The matrix's downloads, loaded on the first click rather than with the first view: the CSV
// with its context rows, and the captioned picture as SVG or PNG.
import { writeCsv } from "../../domain/csv";
import { buildCredit, type CreditInput, contextCsvRows } from "../../domain/export/exportCredit";
import type { ResolvedChoices, Scope } from "../../domain/scope";
import { creditInputFrom } from "../../state/creditInput";
import { downloadBlob, downloadText, exportFilename } from "../../ui/download";
import { captionedSvg } from "../../ui/export/captionedSvg";
import { svgToPng } from "../../ui/export/svgToPng";
import type { MatrixGrid } from "./matrixGrid";
import { matrixCsvRows } from "./matrixGrid";
import type { MatrixModel } from "./matrixModel";
import { matrixPicture } from "./matrixPicture";
import type { Poles } from "./matrixText";

// The picture's title; the dates, filters and source are its caption's.
const MATRIX_TITLE = "Where the parties stand, issue by issue";

export interface MatrixExportInput {
  model: MatrixModel;
  grid: MatrixGrid;
  poles: Poles;
  credit: CreditInput;
}

export function exportInput(
  model: MatrixModel,
  grid: MatrixGrid,
  poles: Poles,
  scope: Scope,
  choices: ResolvedChoices,
): MatrixExportInput {
  return { model, grid, poles, credit: creditInputFrom(scope, choices, MATRIX_TITLE) };
}

// The table as shown, then (after an empty row) its dataset, dates, filters, source and link:
// a recipient reading "No stated position" can see why.
export function downloadMatrixCsv({ model, grid, poles, credit }: MatrixExportInput): void {
  const dates = { asOf: model.asOf, compareFrom: model.compareFrom };
  const csv = writeCsv([
    ...matrixCsvRows(model, grid, poles),
    ...contextCsvRows(buildCredit(credit), dates),
  ]);
  downloadText(
    exportFilename(credit.dataset.meta.id, "matrix", model.asOf),
    csv,
    "text/csv;charset=utf-8",
  );
}

export async function downloadMatrixPicture(
  kind: "svg" | "png",
  { model, grid, poles, credit }: MatrixExportInput,
): Promise<void> {
  const svg = captionedSvg({
    credit: buildCredit(credit),
    notes: [
      `Places on each issue's scale: 1 = ${poles.low}; the last place = ${poles.high}.`,
      ...(model.compareFrom ? ["Outlined cells changed since the compare date."] : []),
    ],
    eventKey: [],
    body: matrixPicture(grid, poles),
    description: `Each party's stated stance on each issue: ${grid.rows.length} rows (${grid.corner.toLowerCase()}s) by ${grid.columns.length} columns.`,
  });
  const filename = exportFilename(credit.dataset.meta.id, "matrix", model.asOf, kind);
  if (kind === "svg") downloadText(filename, svg.text, "image/svg+xml");
  else downloadBlob(filename, await svgToPng(svg));
}
