// The statements table view: every statement the filters leave, sortable, searchable and
// exportable.
import { useId, useMemo, useState } from "react";
import type { ColumnFilters } from "../../domain/statementTable";
import { useParleyStore } from "../../state/store";
import { StatementsTable } from "./StatementsTable";
import { StatementsToolbar } from "./StatementsToolbar";
import { visibleColumnIds } from "./tableColumns";
import { useStatementExports } from "./useStatementExports";
import { useStatementRows } from "./useStatementRows";
import "./StatementsView.css";
import { selectDataset } from "../../state/librarySlice";

const NO_COLUMN_FILTERS: ColumnFilters = {};

export function StatementsView() {
  const headingId = useId();
  // Column filters are a working aid for this table only, so they stay out of the store/URL.
  const [columnFilters, setColumnFilters] = useState<ColumnFilters>(NO_COLUMN_FILTERS);
  const rows = useStatementRows(columnFilters);
  const total = useParleyStore((state) => selectDataset(state).statements.length);
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
