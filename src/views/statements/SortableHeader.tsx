// A column header that sorts on click (or Enter/Space, as a button); Shift adds a
// secondary sort. aria-sort tells screen readers the current order.
import { FlexRender, type Header } from "@tanstack/react-table";
import type { Statement } from "../../domain/schema";
import type { statementTableFeatures } from "./tableDefinition";

type StatementHeader = Header<typeof statementTableFeatures, Statement, unknown>;

const NEXT_ORDER_HINT = { asc: "Sort ascending", desc: "Sort descending" } as const;

export function SortableHeader({ header }: { header: StatementHeader }) {
  const { column } = header;
  const sorted = column.getIsSorted();
  const next = column.getNextSortingOrder();
  const sortIndex = column.getSortIndex();
  return (
    <th
      scope="col"
      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
    >
      <button
        type="button"
        className="statements-sort"
        onClick={column.getToggleSortingHandler()}
        title={`${next ? NEXT_ORDER_HINT[next] : "Remove sort"} (Shift: add to sort)`}
      >
        <FlexRender header={header} />
        <span className="statements-sort-mark" aria-hidden="true">
          {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
          {sorted && sortIndex > 0 ? sortIndex + 1 : ""}
        </span>
      </button>
    </th>
  );
}
