// The "Columns" menu: one checkbox per table column to show or hide it.

import { statementColumn } from "../../domain/statementColumns";
import { useParleyStore } from "../../state/store";
import { Disclosure } from "../../ui/Disclosure";
import { TABLE_COLUMN_IDS } from "./tableColumns";

export function ColumnsMenu() {
  const hiddenColumns = useParleyStore((state) => state.hiddenColumns);
  const setHiddenColumns = useParleyStore((state) => state.setHiddenColumns);
  const visibleCount = TABLE_COLUMN_IDS.length - hiddenColumns.length;

  const setVisible = (id: string, isVisible: boolean) => {
    setHiddenColumns(
      isVisible ? hiddenColumns.filter((hidden) => hidden !== id) : [...hiddenColumns, id],
    );
  };

  return (
    <Disclosure
      className="statements-menu popover-end"
      isPopover
      label={hiddenColumns.length > 0 ? `Columns (${hiddenColumns.length} hidden)` : "Columns"}
    >
      <fieldset className="popover-panel statements-menu-panel">
        <legend>Show columns</legend>
        {TABLE_COLUMN_IDS.map((id) => {
          const isVisible = !hiddenColumns.includes(id);
          return (
            <label key={id} className="statements-check">
              <input
                type="checkbox"
                checked={isVisible}
                // The last visible column stays: a table with no columns shows nothing.
                disabled={isVisible && visibleCount === 1}
                onChange={(event) => setVisible(id, event.target.checked)}
              />
              {statementColumn(id)?.header ?? id}
            </label>
          );
        })}
      </fieldset>
    </Disclosure>
  );
}
