// The grid itself: a real table (row and column headers for screen readers), as tall as its
// rows (the page scrolls down it), scrolling sideways in its own box with the first column pinned.

import { useState } from "react";
import { ClampedName } from "../../ui/ClampedName";
import { MatrixCell } from "./MatrixCell";
import { type GapOrder, type MatrixGrid, rowsByGap } from "./matrixGrid";
import { gapText, type Poles } from "./matrixText";

interface MatrixTableProps {
  grid: MatrixGrid;
  caption: string;
  poles: Poles;
}

export function MatrixTable({ grid, caption, poles }: MatrixTableProps) {
  const { gapLabel } = grid;
  const hasGapColumn = gapLabel !== null && grid.gapPlacement === "column";
  const hasGapRow = gapLabel !== null && grid.gapPlacement === "row";
  const [gapOrder, setGapOrder] = useState<GapOrder>("none");
  const rows = hasGapColumn
    ? rowsByGap(grid, gapOrder)
    : grid.rows.map((row, i) => ({ row, gap: grid.gaps[i] }));
  return (
    <section
      className="matrix-scroll"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it (WCAG 2.1.1).
      tabIndex={0}
      aria-label="Matrix, scrolls sideways"
      onFocus={(event) => revealBesideRowHeader(event.currentTarget, event.target)}
    >
      <table className="matrix-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{grid.corner}</th>
            {grid.columns.map((column) => (
              <th key={column.id} scope="col">
                <ClampedName name={column.label} />
              </th>
            ))}
            {hasGapColumn && (
              <th
                scope="col"
                className="gap-cell"
                aria-sort={
                  gapOrder === "widest"
                    ? "descending"
                    : gapOrder === "closest"
                      ? "ascending"
                      : "none"
                }
              >
                <button
                  type="button"
                  className="gap-sort"
                  onClick={() => setGapOrder(NEXT_ORDER[gapOrder])}
                >
                  <ClampedName name={gapLabel} />
                  <span className="gap-sort-note">{ORDER_NOTE[gapOrder]}</span>
                </button>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ row, gap }) => {
            return (
              <tr key={row.line.id}>
                <th scope="row">
                  <ClampedName name={row.line.label} />
                </th>
                {row.cells.map((cell) => (
                  <td key={`${cell.issue.id}:${cell.party.id}`}>
                    <MatrixCell view={cell} poles={poles} />
                  </td>
                ))}
                {hasGapColumn && gap && <td className="gap-cell">{gapText(gap)}</td>}
              </tr>
            );
          })}
          {hasGapRow && (
            <tr>
              <th scope="row">
                <ClampedName name={gapLabel} />
              </th>
              {grid.gaps.map((gap) => (
                <td key={gap.issue.id} className="gap-cell">
                  {gapText(gap)}
                </td>
              ))}
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}

// The gap column sorts the issues: widest apart first, then closest first, then as listed.
const NEXT_ORDER: Record<GapOrder, GapOrder> = {
  none: "widest",
  widest: "closest",
  closest: "none",
};
const ORDER_NOTE: Record<GapOrder, string> = {
  none: " (sort)",
  widest: " (widest first)",
  closest: " (closest first)",
};

// Scrolls a focused cell clear of the sticky row header: the browser's own focus scrolling
// ignores sticky cells and can leave the cell under them (WCAG 2.2, 2.4.11 Focus Not Obscured).
function revealBesideRowHeader(scroller: HTMLElement, focused: Element): void {
  const header = focused.closest("tr")?.querySelector("th");
  if (!header || focused === scroller || header.contains(focused)) return;
  const cell = focused.getBoundingClientRect();
  const visibleFrom = header.getBoundingClientRect().right;
  const visibleTo = scroller.getBoundingClientRect().right;
  if (cell.left < visibleFrom) scroller.scrollLeft -= visibleFrom - cell.left;
  else if (cell.right > visibleTo) scroller.scrollLeft += cell.right - visibleTo;
}
