// The words a matrix cell, gap or count is shown with; shared by the table and the CSV so
// the export says exactly what the screen says.
import type { PositionCell } from "../../domain/positionsAsOf";
import type { GapMeasure, GapView, MatrixCellView } from "./matrixModel";

export const NO_POSITION = "No stated position";
// Statements exist, but none of them states a stance on the scale.
export const NO_CLEAR_STANCE = "No clear stance";

// What a cell without a stance says: nothing on record, or statements without a clear stance.
export function noStanceText(cell: PositionCell): string {
  return cell.statements.length > 0 ? NO_CLEAR_STANCE : NO_POSITION;
}

export function countText(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

// "3 of 5": the stance's 1-based place on the ordered scale.
export function positionText(cell: PositionCell): string | null {
  return cell.stanceIndex === null ? null : `${cell.stanceIndex + 1} of ${cell.scaleSize}`;
}

// Returns e.g. "Open to talks (3 of 5)", "No clear stance" or "No stated position".
export function stanceText(cell: PositionCell): string {
  const position = positionText(cell);
  return cell.stance && position ? `${cell.stance.label} (${position})` : noStanceText(cell);
}

// Compare mode shows "before →" only where there was or is a stance: "No stated position →
// No stated position" on every empty cell is noise.
export function showsBefore(view: MatrixCellView): view is MatrixCellView & {
  previous: PositionCell;
} {
  return view.previous !== null && (view.previous.stance !== null || view.current.stance !== null);
}

// One line per cell: the stance, or in compare mode "before → now", marked when changed.
export function cellText(view: MatrixCellView): string {
  if (!showsBefore(view)) return stanceText(view.current);
  const text = `${stanceText(view.previous)} → ${stanceText(view.current)}`;
  return view.isChanged ? `${text}; Changed` : text;
}

// Returns e.g. "0.75 apart (3 of 4 steps)", or why there is no gap; in compare mode, where
// the gap moved, e.g. "1 → 0.5 apart (2 of 4 steps)".
export function gapText(gap: GapView): string {
  const now = gapMeasureText(gap, gap.scaleSteps);
  if (!gap.previous || gap.previous.steps === gap.steps) return now;
  if (gap.previous.gap === null) return `Not comparable → ${now}`;
  if (gap.gap === null) return `${gapAmount(gap.previous.gap)} apart → ${now}`;
  return `${gapAmount(gap.previous.gap)} → ${now}`;
}

function gapMeasureText(measure: GapMeasure, scaleSteps: number): string {
  if (measure.gap === null || measure.steps === null)
    return "Not comparable: a position is missing";
  if (measure.steps === 0) return "Same stance (0 apart)";
  return `${gapAmount(measure.gap)} apart (${measure.steps} of ${countText(scaleSteps, "step")})`;
}

function gapAmount(gap: number): string {
  return Number(gap.toFixed(2)).toString();
}
