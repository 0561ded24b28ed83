// The statements table's rows: the shared filters, then the table's own column filters and
// sort, all in domain code so TanStack Table only renders what it is handed.
import { useDeferredValue, useMemo } from "react";
import type { Statement } from "../../domain/schema";
import { type ColumnFilters, filterByColumns, sortStatements } from "../../domain/statementTable";
import { selectDataset } from "../../state/librarySlice";
import { useParleyStore } from "../../state/store";
import { useFilteredStatements } from "../../state/useFilteredStatements";

export function useStatementRows(columnFilters: ColumnFilters): readonly Statement[] {
  const dataset = useParleyStore(selectDataset);
  const tableSort = useParleyStore((state) => state.tableSort);
  const filtered = useFilteredStatements();
  // Deferred: on 100k statements a keystroke in a column filter repaints the input first and
  // the rows when React has time, instead of freezing the field.
  const deferredFilters = useDeferredValue(columnFilters);
  return useMemo(
    () => sortStatements(dataset, filterByColumns(dataset, filtered, deferredFilters), tableSort),
    [dataset, filtered, deferredFilters, tableSort],
  );
}
