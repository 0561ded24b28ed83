// One statement row, placed by the virtualizer, with a button that opens its details.
import { FlexRender, type Row } from "@tanstack/react-table";
import type { Statement } from "../../domain/schema";
import { formatStatementDate, statementColumn } from "../../domain/statementColumns";
import { StatementDetails } from "./StatementDetails";
import type { statementTableFeatures } from "./tableDefinition";

interface StatementRowProps {
  row: Row<typeof statementTableFeatures, Statement>;
  index: number;
  // Offset from the top of the body, from the virtualizer.
  start: number;
  measure(element: Element | null): void;
  isExpanded: boolean;
  onToggle(): void;
}

export function StatementRow({
  row,
  index,
  start,
  measure,
  isExpanded,
  onToggle,
}: StatementRowProps) {
  const statement = row.original;
  const cells = row.getVisibleCells();
  const detailsId = `statement-details-${statement.id}`;
  return (
    <tr
      ref={measure}
      data-index={index}
      aria-rowindex={index + 2}
      className={isExpanded ? "is-expanded" : undefined}
      style={{ transform: `translateY(${start}px)` }}
    >
      <td className="statements-toggle-cell">
        <button
          type="button"
          className="statements-toggle"
          aria-expanded={isExpanded}
          aria-controls={isExpanded ? detailsId : undefined}
          aria-label={`Details: ${statement.speaker.name}, ${formatStatementDate(statement)}`}
          onClick={onToggle}
        >
          <span aria-hidden="true">{isExpanded ? "−" : "+"}</span>
          {/* The same word open or closed (the sign and aria-expanded say which), so the
              visible text stays inside the accessible name (WCAG 2.5.3 Label in Name). */}
          <span className="statements-toggle-text" aria-hidden="true">
            Details
          </span>
        </button>
      </td>
      {cells.map((cell) => (
        <td key={cell.id} data-label={statementColumn(cell.column.id)?.header}>
          <FlexRender cell={cell} />
        </td>
      ))}
      {isExpanded && (
        <td id={detailsId} className="statements-details" colSpan={cells.length + 1}>
          <StatementDetails statement={statement} />
        </td>
      )}
    </tr>
  );
}
