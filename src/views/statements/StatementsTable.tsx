// The statements as a table: TanStack Table for headers, sort state and visibility; TanStack
// Virtual so only the rows in view are in the DOM, whatever the number of statements.
// The table is handed only the rows in view: its row model over 100k statements costs about a
// second and hundreds of MB, and rows arrive filtered and sorted by domain code anyway.
import { functionalUpdate, useTable } from "@tanstack/react-table";
import { useVirtualizer, type VirtualItem, type Virtualizer } from "@tanstack/react-virtual";
import { type CSSProperties, useCallback, useMemo, useRef, useState } from "react";
import type { Statement } from "../../domain/schema";
import { useParleyStore } from "../../state/store";
import { useScope } from "../../state/useScope";
import { SortableHeader } from "./SortableHeader";
import { StatementRow } from "./StatementRow";
import { COLUMN_TRACKS } from "./tableColumns";
import {
  buildTableColumns,
  fromTableSorting,
  statementTableFeatures,
  toTableSorting,
} from "./tableDefinition";

// The virtualizer keeps the view steady when a row above it is first measured, but each such
// correction makes the next measurement re-place all rows (100k); a fast scroll down measured
// rows that way every frame (100+ ms frames). Scrolling down, rows enter from below, so the
// correction only matters going up.
function adjustOnlyWhenScrollingUp(
  item: VirtualItem,
  _delta: number,
  instance: Virtualizer<HTMLDivElement, Element>,
): boolean {
  return instance.scrollDirection === "backward" && item.start < (instance.scrollOffset ?? 0);
}

export function StatementsTable({ rows }: { rows: readonly Statement[] }) {
  const { dataset, lookup } = useScope().indexed;
  const tableSort = useParleyStore((state) => state.tableSort);
  const hiddenColumns = useParleyStore((state) => state.hiddenColumns);
  const setTableSort = useParleyStore((state) => state.setTableSort);
  const setHiddenColumns = useParleyStore((state) => state.setHiddenColumns);
  const [expandedIds, setExpandedIds] = useState<ReadonlySet<string>>(() => new Set());

  const columns = useMemo(() => buildTableColumns(dataset, lookup), [dataset, lookup]);
  const sorting = useMemo(() => toTableSorting(tableSort), [tableSort]);
  const columnVisibility = useMemo(
    () => Object.fromEntries(hiddenColumns.map((id) => [id, false])),
    [hiddenColumns],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  // Stable between renders: the virtualizer re-measures all rows (100k Map lookups) whenever
  // this function changes, which an inline arrow did on every scroll frame.
  const getItemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 88,
    overscan: 6,
    getItemKey,
    // React 19 warns when flushSync runs inside a render or effect, which scrolling can cause.
    useFlushSync: false,
  });
  virtualizer.shouldAdjustScrollPositionOnItemSizeChange = adjustOnlyWhenScrollingUp;
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const end = (items[items.length - 1]?.index ?? -1) + 1;
  const shownRows = useMemo(() => rows.slice(first, end), [rows, first, end]);
  const table = useTable({
    features: statementTableFeatures,
    columns,
    data: shownRows,
    getRowId: (statement) => statement.id,
    manualSorting: true,
    state: { sorting, columnVisibility },
    onSortingChange: (updater) =>
      setTableSort(fromTableSorting(functionalUpdate(updater, sorting))),
    onColumnVisibilityChange: (updater) => {
      const next = functionalUpdate(updater, columnVisibility);
      setHiddenColumns(Object.keys(next).filter((id) => next[id] === false));
    },
  });

  const tableRows = table.getRowModel().rows;
  const headerGroups = table.getHeaderGroups();
  const visibleColumns = table.getVisibleLeafColumns();
  // The expand button's track, then one per visible column.
  const tracks = ["2.75rem", ...visibleColumns.map((column) => COLUMN_TRACKS[column.id] ?? "1fr")];

  const toggle = (id: string) => {
    setExpandedIds((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  };

  return (
    <div className="statements-scroll" ref={scrollRef}>
      <table
        className="statements-table"
        aria-rowcount={rows.length + 1}
        style={{ "--statements-tracks": tracks.join(" ") } as CSSProperties}
      >
        <thead>
          {headerGroups.map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              <th scope="col">
                <span className="visually-hidden">Details</span>
              </th>
              {group.headers.map((header) => (
                <SortableHeader key={header.id} header={header} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = tableRows[item.index - first];
            if (!row) return null;
            return (
              <StatementRow
                key={row.id}
                row={row}
                index={item.index}
                start={item.start}
                measure={virtualizer.measureElement}
                isExpanded={expandedIds.has(row.id)}
                onToggle={() => toggle(row.id)}
              />
            );
          })}
        </tbody>
      </table>
      {rows.length === 0 && <p className="statements-empty">No statements match the filters.</p>}
    </div>
  );
}
