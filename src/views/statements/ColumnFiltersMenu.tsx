// "Column filters": a text box per filterable column; a row shows only if each column's
// text contains what was typed in its box.

import { statementColumn } from "../../domain/statementColumns";
import type { ColumnFilters } from "../../domain/statementTable";
import { Disclosure } from "../../ui/Disclosure";
import { FILTERABLE_COLUMN_IDS } from "./tableColumns";

interface ColumnFiltersMenuProps {
  filters: ColumnFilters;
  onChange(filters: ColumnFilters): void;
}

export function ColumnFiltersMenu({ filters, onChange }: ColumnFiltersMenuProps) {
  const activeCount = Object.values(filters).filter((text) => text.trim() !== "").length;

  return (
    <Disclosure
      className="statements-menu"
      isPopover
      label={activeCount > 0 ? `Column filters (${activeCount} active)` : "Column filters"}
    >
      <fieldset className="popover-panel statements-menu-panel">
        <legend>Filter by column</legend>
        {FILTERABLE_COLUMN_IDS.map((id) => {
          const header = statementColumn(id)?.header ?? id;
          return (
            <label key={id} className="statements-field">
              <span>{header} contains</span>
              <input
                type="search"
                value={filters[id] ?? ""}
                onChange={(event) => onChange({ ...filters, [id]: event.target.value })}
              />
            </label>
          );
        })}
        {activeCount > 0 && (
          <button type="button" onClick={() => onChange({})}>
            Clear column filters
          </button>
        )}
      </fieldset>
    </Disclosure>
  );
}
