// Search, column menus and export buttons above the statements table.
import type { ColumnFilters } from "../../domain/statementTable";
import { useParleyStore } from "../../state/store";
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
  // The same text filter as the filter bar's search, so both boxes always agree.
  const text = useParleyStore((state) => state.filters.text);
  const setFilters = useParleyStore((state) => state.setFilters);

  return (
    <div className="statements-toolbar">
      <label className="statements-search">
        <span>Search the table</span>
        <input
          type="search"
          value={text}
          placeholder="Words in summary, quote or speaker"
          onChange={(event) => setFilters({ text: event.target.value })}
        />
      </label>
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
