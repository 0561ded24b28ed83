// The matrix laid out as rows × columns, either way round; the table and the CSV both draw
// from it.
import { DEFAULT_POLES } from "../../domain/statementText";
import type { GapView, MatrixCellView, MatrixModel } from "./matrixModel";
import { cellKey } from "./matrixModel";
import { cellText, gapText, type Poles } from "./matrixText";

export interface GridLine {
  id: string;
  label: string;
}

export interface MatrixGrid {
  // Names the row axis ("Issue" or "Party").
  corner: string;
  columns: GridLine[];
  rows: { line: GridLine; cells: MatrixCellView[] }[];
  // Gaps are per issue, so they form a last column when issues are rows, else a last row.
  gapPlacement: "column" | "row";
  gapLabel: string | null;
  gaps: readonly GapView[];
}

export function matrixGrid(model: MatrixModel, rowsAre: "issues" | "parties"): MatrixGrid {
  const issueLines = model.issues.map((issue) => ({ id: issue.id, label: issue.name }));
  const partyLines = model.parties.map((party) => ({ id: party.id, label: party.name }));
  const lookup = (issueId: string, partyId: string) => {
    const cell = model.cells.get(cellKey(issueId, partyId));
    if (!cell) throw new Error(`the matrix has no cell ${issueId}:${partyId}`);
    return cell;
  };
  const [gapA, gapB] = model.gapParties ?? [];
  const gapLabel = gapA && gapB ? `Gap: ${gapA.name} – ${gapB.name}` : null;
  if (rowsAre === "issues") {
    return {
      corner: "Issue",
      columns: partyLines,
      rows: issueLines.map((line) => ({
        line,
        cells: partyLines.map((party) => lookup(line.id, party.id)),
      })),
      gapPlacement: "column",
      gapLabel,
      gaps: model.gaps,
    };
  }
  return {
    corner: "Party",
    columns: issueLines,
    rows: partyLines.map((line) => ({
      line,
      cells: issueLines.map((issue) => lookup(issue.id, line.id)),
    })),
    gapPlacement: "row",
    gapLabel,
    gaps: model.gaps,
  };
}

export type GapOrder = "none" | "widest" | "closest";

// Returns the grid's rows (issues) with their gaps, ordered by the gap: in steps, then by the
// share of the scale (3 of 3 steps before 2 of 2), rows without a gap last, ties as listed.
export function rowsByGap(
  grid: MatrixGrid,
  order: GapOrder,
): { row: MatrixGrid["rows"][number]; gap: GapView | undefined }[] {
  const rows = grid.rows.map((row, i) => ({ row, gap: grid.gaps[i], i }));
  if (order === "none") return rows;
  const sign = order === "widest" ? -1 : 1;
  return rows.sort((a, b) => {
    const aSteps = a.gap?.steps ?? null;
    const bSteps = b.gap?.steps ?? null;
    if (aSteps === null || bSteps === null)
      return aSteps === bSteps ? a.i - b.i : aSteps === null ? 1 : -1;
    if (aSteps !== bSteps) return sign * (aSteps - bSteps);
    const share = sign * ((a.gap?.gap ?? 0) - (b.gap?.gap ?? 0));
    return share !== 0 ? share : a.i - b.i;
  });
}

// Returns the grid as CSV rows: a header row, then one row per grid row, with the gap as
// the last column or row, as on screen. The corner cell carries the date(s) shown; `poles`
// name the scale's ends in a changed cell's "moved toward".
export function matrixCsvRows(
  model: MatrixModel,
  grid: MatrixGrid,
  poles: Poles = DEFAULT_POLES,
): string[][] {
  const dates = model.compareFrom ? `${model.compareFrom} → ${model.asOf}` : `as of ${model.asOf}`;
  const hasGapColumn = grid.gapLabel !== null && grid.gapPlacement === "column";
  const header = [`${grid.corner} (${dates})`, ...grid.columns.map((column) => column.label)];
  if (hasGapColumn && grid.gapLabel) header.push(grid.gapLabel);
  const body = grid.rows.map((row, rowIndex) => {
    const line = [row.line.label, ...row.cells.map((cell) => cellText(cell, poles))];
    const gap = grid.gaps[rowIndex];
    if (hasGapColumn && gap) line.push(gapText(gap));
    return line;
  });
  if (grid.gapLabel !== null && grid.gapPlacement === "row") {
    body.push([grid.gapLabel, ...grid.gaps.map(gapText)]);
  }
  return [header, ...body];
}
