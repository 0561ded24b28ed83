// The words a matrix cell, gap or change is shown with; shared by the table and the CSV so
// the export says exactly what the screen says.
import type { PositionCell } from "../../domain/positionsAsOf";
import {
  countText,
  DEFAULT_POLES,
  formatDate,
  NO_POSITION,
  NO_STANCE,
  placeText,
} from "../../domain/statementText";
import type { GapMeasure, GapView, MatrixCellView } from "./matrixModel";

export type Poles = { low: string; high: string };

// What a cell without a stance says: nothing on record, or statements without a clear stance.
export function noStanceText(cell: PositionCell): string {
  return cell.statements.length > 0 ? NO_STANCE : NO_POSITION;
}

// "3 of 5": the stance's 1-based place on the issue's ordered scale.
export function positionText(cell: PositionCell): string | null {
  return cell.stanceIndex === null ? null : placeText(cell.stanceIndex, cell.scaleSize);
}

// Returns e.g. "Open to talks (3 of 5)", "Open to talks (3 of 5), per J.D. Vance" (a stance
// known only from another party's account), "No clear stance" or "No stated position".
export function stanceText(cell: PositionCell): string {
  const position = positionText(cell);
  if (!cell.stance || !position) return noStanceText(cell);
  const account = accountText(cell);
  return `${cell.stance.label} (${position})${account ? `, ${account}` : ""}`;
}

// "per J.D. Vance" when the stance rests on another party's account; null on the party's own.
export function accountText(cell: PositionCell): string | null {
  const reporter = cell.isAccount ? cell.stanceStatement?.reportedBy : null;
  return reporter ? `per ${reporter.name}` : null;
}

// "An account by J.D. Vance differs" when accounts by other parties give another stance than
// the one shown; null when none does.
export function differingAccountsText(cell: PositionCell): string | null {
  const names = [
    ...new Set(cell.differingAccounts.map((statement) => statement.reportedBy?.name ?? "")),
  ].filter((name) => name !== "");
  if (names.length === 0) return null;
  const listed =
    names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return `${names.length === 1 ? "An account" : "Accounts"} by ${listed} ${names.length === 1 ? "differs" : "differ"}`;
}

// "Since 14 June 2024" for the cell: the start of the unbroken run of its stance ("Since at
// least …" when that start is a standing position, reported on its article's date).
export function sinceText(cell: PositionCell): string | null {
  if (!cell.held) return null;
  return `Since ${cell.held.isStanding ? "at least " : ""}${formatDate(cell.held.date)}`;
}

// "Held since 14 June 2024 · last stated 20 January 2025" for the drawer and the CSV.
export function heldText(cell: PositionCell): string | null {
  const { held } = cell;
  if (!held) return null;
  const since = `Held since ${held.isStanding ? "at least " : ""}${formatDate(held.date)}`;
  return held.lastStated === held.date
    ? since
    : `${since} · last stated ${formatDate(held.lastStated)}`;
}

// Compare mode shows "before →" only on a changed cell: an unchanged one stays quiet, so the
// eye goes to what moved ("Lift sanctions → Lift sanctions" on every row is noise).
export function showsBefore(view: MatrixCellView): view is MatrixCellView & {
  previous: PositionCell;
} {
  return view.isChanged && view.previous !== null;
}

// Returns which way a changed cell moved, e.g. "Moved 2 steps toward Russia's ask", or
// "First stance stated" when there was none at the compare date; null when unchanged.
export function moveText(view: MatrixCellView, poles: Poles = DEFAULT_POLES): string | null {
  if (!showsBefore(view) || view.current.stanceIndex === null) return null;
  const from = view.previous.stanceIndex;
  if (from === null) return "First stance stated";
  const steps = view.current.stanceIndex - from;
  if (steps === 0) return null;
  return `Moved ${countText(Math.abs(steps), "step")} toward ${steps > 0 ? poles.high : poles.low}`;
}

// One line per cell: the stance, or on a changed cell "before → now; Changed: which way".
export function cellText(view: MatrixCellView, poles: Poles = DEFAULT_POLES): string {
  const differs = differingAccountsText(view.current);
  const text = changeText(view, poles);
  return differs ? `${text}; ${differs.charAt(0).toLowerCase()}${differs.slice(1)}` : text;
}

function changeText(view: MatrixCellView, poles: Poles): string {
  if (!showsBefore(view)) return stanceText(view.current);
  const move = moveText(view, poles);
  const text = `${stanceText(view.previous)} → ${stanceText(view.current)}; Changed`;
  return move ? `${text}: ${move.charAt(0).toLowerCase()}${move.slice(1)}` : text;
}

// Returns e.g. "0.75 apart (3 of 4 steps)", or why there is no gap; in compare mode, which
// way it went: "Narrowed: 1 → 0.5 apart (2 of 4 steps)", "Widened: …", "Unchanged: …".
export function gapText(gap: GapView): string {
  const now = gapMeasureText(gap, gap.scaleSteps);
  const before = gap.previous;
  if (!before) return now;
  if (before.steps === gap.steps) return gap.steps === null ? now : `Unchanged: ${now}`;
  if (before.gap === null) return `Not comparable → ${now}`;
  if (gap.gap === null) return `${gapAmount(before.gap)} apart → ${now}`;
  const way = (gap.steps ?? 0) < (before.steps ?? 0) ? "Narrowed" : "Widened";
  return `${way}: ${gapAmount(before.gap)} → ${now}`;
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
