// One party's position on one issue: a button that opens the statements behind it.
import type { PositionCell } from "../../domain/positionsAsOf";
import { countText } from "../../domain/statementText";
import { useParleyStore } from "../../state/store";
import { stanceStep } from "../../ui/stanceColor";
import { cellName } from "./cellName";
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

export function MatrixCell({ view, poles }: { view: MatrixCellView; poles: Poles }) {
  const openCell = useParleyStore((state) => state.openCell);
  const { issue, party, current, isChanged } = view;
  const count = countText(current.statements.length, "statement");
  const step =
    current.stanceIndex === null ? null : stanceStep(current.stanceIndex, current.scaleSize);
  const move = moveText(view, poles);
  const differs = differingAccountsText(current);
  const since = sinceText(current);
  return (
    <button
      type="button"
      className={`matrix-cell${isChanged ? " is-changed" : ""}${step === null ? " is-empty" : ""}`}
      // A data attribute, not an inline style: the prerendered page runs under a CSP with no
      // 'unsafe-inline', which would block a style="" attribute in the served HTML.
      data-step={step ?? undefined}
      data-cell-key={`${issue.id}:${party.id}`}
      aria-label={cellName(view, poles)}
      onClick={() => openCell({ issueId: issue.id, partyId: party.id })}
    >
      {/* The spaces between the flex items do not render; they keep the words apart in the
          visible text axe compares with the accessible name (see cellName.ts). */}
      {showsBefore(view) && (
        <span className="cell-before">
          <StanceLine cell={view.previous} /> →
        </span>
      )}{" "}
      <StanceLine cell={current} /> {isChanged && <span className="changed-badge">Changed</span>}{" "}
      {move && <span className="cell-move">{move}</span>}{" "}
      {differs && <span className="cell-differs">{differs}</span>}{" "}
      <span className="cell-count">
        {since && <span className="cell-since">{since} · </span>}
        {count}
      </span>
    </button>
  );
}

function StanceLine({ cell }: { cell: PositionCell }) {
  const position = positionText(cell);
  if (!cell.stance || !position || cell.stanceIndex === null) {
    return <span className="cell-stance is-none">{noStanceText(cell)}</span>;
  }
  const account = accountText(cell);
  return (
    <span className="cell-stance">
      <span className="cell-label">{cell.stance.label}</span>{" "}
      <span className="cell-position">
        <Pips index={cell.stanceIndex} size={cell.scaleSize} /> {position}
      </span>{" "}
      {account && <span className="cell-account">{account}</span>}
    </span>
  );
}

// A row of squares with the stance's place filled: position shown by shape, not only colour.
function Pips({ index, size }: { index: number; size: number }) {
  return (
    <span className="pips" aria-hidden="true">
      {Array.from({ length: size }, (_, pip) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: pips are positions, the index is the identity.
        <span key={pip} className={pip === index ? "pip is-on" : "pip"} />
      ))}
    </span>
  );
}
