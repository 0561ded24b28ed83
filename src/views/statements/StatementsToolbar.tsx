// Column menus and export buttons above the statements table. The search is the filter
// bar's "Search statements", one box for every view.
import type { ColumnFilters } from "../../domain/statementTable";
import { ColumnFiltersMenu } from "./ColumnFiltersMenu";
import { ColumnsMenu } from "./ColumnsMenu";

interface StatementsToolbarProps {
  columnFilters: ColumnFilters;
  onColumnFiltersChange(filters: ColumnFilters): void;
  canExport: boolean;
  onExportCsv(): void;
  onExportJson(): void;
}

export function StatementsToolbar({
  columnFilters,
  onColumnFiltersChange,
  canExport,
  onExportCsv,
  onExportJson,
}: StatementsToolbarProps) {
  return (
    <div className="statements-toolbar">
      <div className="statements-actions">
        <ColumnFiltersMenu filters={columnFilters} onChange={onColumnFiltersChange} />
        <ColumnsMenu />
        <button type="button" onClick={onExportCsv} disabled={!canExport}>
          Export CSV
        </button>
        <button type="button" onClick={onExportJson} disabled={!canExport}>
          Export JSON
        </button>
      </div>
    </div>
  );
}
