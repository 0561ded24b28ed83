// The statements table's rows: the scope's statements (every shared filter), then the table's
// own column filters and sort, all in domain code so TanStack Table only renders what it is
// handed.
import { useDeferredValue, useMemo } from "react";
import type { Statement } from "../../domain/schema";
import { type ColumnFilters, filterByColumns, sortStatements } from "../../domain/statementTable";
import { useParleyStore } from "../../state/store";
import { useScope } from "../../state/useScope";

export function useStatementRows(columnFilters: ColumnFilters): readonly Statement[] {
  const { dataset, statements } = useScope();
  const tableSort = useParleyStore((state) => state.tableSort);
  // Deferred: on 100k statements a keystroke in a column filter repaints the input first and
  // the rows when React has time, instead of freezing the field.
  const deferredFilters = useDeferredValue(columnFilters);
  return useMemo(
    () => sortStatements(dataset, filterByColumns(dataset, statements, deferredFilters), tableSort),
    [dataset, statements, deferredFilters, tableSort],
  );
}
