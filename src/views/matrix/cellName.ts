// The accessible name of a matrix cell button. It starts with the party and issue (the cell's
// headers, which a screen reader user needs first and e2e specs find cells by), then repeats
// the cell's visible words in their visible order, so a speech-input user who says what they
// see ("click Open to talks 3 of 5") reaches the cell (WCAG 2.5.3 Label in Name). So the
// position shown reads "label, 3 of 5", not "(3 of 5)" as in the CSV: the label-in-name check
// drops parenthesised words. The earlier position in compare mode, which the cell does not
// show, is in parentheses for the same reason: heard, but not counted as visible text.
import type { PositionCell } from "../../domain/positionsAsOf";
import { countText } from "../../domain/statementText";
import type { MatrixCellView } from "./matrixModel";
import {
  accountText,
  differingAccountsText,
  moveText,
  noStanceText,
  type Poles,
  positionText,
  showsBefore,
  sinceText,
} from "./matrixText";

export function cellName(view: MatrixCellView, poles?: Poles): string {
  const count = countText(view.current.statements.length, "statement");
  const differs = differingAccountsText(view.current);
  const since = sinceText(view.current);
  const words = differs ? `${cellWords(view, poles)}; ${differs}` : cellWords(view, poles);
  return `${view.party.name} on ${view.issue.name}: ${words}. ${since ? `${since} · ` : ""}${count}.`;
}

// The move ("Moved 1 step toward …") follows "Changed", as the cell shows it.
function cellWords(view: MatrixCellView, poles?: Poles): string {
  if (!showsBefore(view)) return stanceWords(view.current);
  const text = `${earlierWords(view.previous)} → ${stanceWords(view.current)}`;
  if (!view.isChanged) return text;
  const move = moveText(view, poles);
  return move ? `${text}; Changed; ${move}` : `${text}; Changed`;
}

function earlierWords(cell: PositionCell): string {
  const position = positionText(cell);
  return cell.stance && position ? `${cell.stance.label} (${position})` : noStanceText(cell);
}

function stanceWords(cell: PositionCell): string {
  const position = positionText(cell);
  if (!cell.stance || !position) return noStanceText(cell);
  const account = accountText(cell);
  return `${cell.stance.label}, ${position}${account ? `, ${account}` : ""}`;
}
