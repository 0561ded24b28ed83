// The statements table view: every statement the filters leave, sortable, searchable and
// exportable.
import { useId, useMemo } from "react";
import { useParleyStore } from "../../state/store";
import { useScope } from "../../state/useScope";
import { StatementsTable } from "./StatementsTable";
import { StatementsToolbar } from "./StatementsToolbar";
import { visibleColumnIds } from "./tableColumns";
import { useStatementExports } from "./useStatementExports";
import { useStatementRows } from "./useStatementRows";
import "./StatementsView.css";

export function StatementsView() {
  const headingId = useId();
  // In the store and the URL like every choice, so a shared link shows the same rows.
  const columnFilters = useParleyStore((state) => state.columnFilters);
  const setColumnFilters = useParleyStore((state) => state.setColumnFilters);
  const rows = useStatementRows(columnFilters);
  const { dataset, statements } = useScope();
  const total = dataset.statements.length;
  const note = columnFilterNote(rows.length, statements.length);
  const hiddenColumns = useParleyStore((state) => state.hiddenColumns);
  const columnIds = useMemo(() => visibleColumnIds(hiddenColumns), [hiddenColumns]);
  const { exportCsv, exportJson } = useStatementExports(rows, columnIds);

  return (
    <section className="statements-view" aria-labelledby={headingId}>
      <div className="statements-heading">
        <h2 id={headingId}>Statements</h2>
        <p role="status" className="statements-count">
          {rows.length} of {total} statements
        </p>
        {note && <p className="statements-count-note">{note}</p>}
      </div>
      <StatementsToolbar
        columnFilters={columnFilters}
        onColumnFiltersChange={setColumnFilters}
        canExport={rows.length > 0}
        onExportCsv={exportCsv}
        onExportJson={exportJson}
      />
      <StatementsTable rows={rows} />
    </section>
  );
}

// The filter bar counts what the shared filters leave; with a column filter on, the table
// shows fewer, and says by how much, so the two counts never read as a contradiction.
export function columnFilterNote(shown: number, matching: number): string | null {
  if (shown === matching) return null;
  return `The column filters keep ${shown} of the ${matching} statements the filters leave.`;
}
