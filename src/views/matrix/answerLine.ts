// The answer above the matrix (issue 21): where the gap pair stands furthest apart and
// closest, in steps, and which cells changed since the compare date; each part names the cell
// it links to. Read from the matrix model, so it follows the scope and the provenance rule.
import { countText } from "../../domain/statementText";
import type { CellRef } from "../../state/choices";
import type { GapView, MatrixModel } from "./matrixModel";

export interface AnswerPart {
  text: string;
  cell: CellRef;
}

export interface Answer {
  pair: string | null; // "Russia and Ukraine", when there is a gap pair
  furthest: AnswerPart | null;
  closest: AnswerPart | null;
  changed: AnswerPart[]; // up to `maxChanged`, in the matrix's order
  changedCount: number;
}

// Orders gaps by steps, then by the share of the scale; issues without a gap are left out.
function byWidth(a: GapView, b: GapView): number {
  return (a.steps ?? 0) - (b.steps ?? 0) || (a.gap ?? 0) - (b.gap ?? 0);
}

const gapWords = (gap: GapView) => `${gap.steps ?? 0} of ${countText(gap.scaleSteps, "step")}`;

export function answerLine(model: MatrixModel, maxChanged = 3): Answer {
  const pair = model.gapParties;
  const known = model.gaps.filter((gap) => gap.steps !== null).sort(byWidth);
  const first = known[0];
  const last = known[known.length - 1];
  const cellOf = (gap: GapView): CellRef => ({
    issueId: gap.issue.id,
    partyId: pair?.[0].id ?? "",
  });
  const changed: AnswerPart[] = [];
  for (const view of model.cells.values()) {
    if (!view.isChanged || changed.length >= maxChanged) continue;
    changed.push({
      text: `${view.party.name} on ${view.issue.name}`,
      cell: { issueId: view.issue.id, partyId: view.party.id },
    });
  }
  // With one issue, or every gap the same, "furthest" and "closest" would name one cell twice.
  const isSpread = first !== undefined && last !== undefined && byWidth(first, last) !== 0;
  return {
    pair: pair ? `${pair[0].name} and ${pair[1].name}` : null,
    furthest: last ? { text: `${last.issue.name} (${gapWords(last)})`, cell: cellOf(last) } : null,
    closest:
      first && isSpread
        ? { text: `${first.issue.name} (${gapWords(first)})`, cell: cellOf(first) }
        : null,
    changed,
    changedCount: model.changedCount,
  };
}
