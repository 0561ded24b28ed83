// Sorting and per-column filtering of statements for the statements table. Done here rather
// than by TanStack's row models so it runs in Node tests and stays fast on 100k statements.
import { lookupDataset } from "./datasetLookup";
import type { Dataset, Statement } from "./schema";
import { statementColumn } from "./statementColumns";
import { foldAccents } from "./statementText";

// Same shape as the store's SortChoice; the domain cannot import the store.
export interface ColumnSort {
  columnId: string;
  desc: boolean;
}

// Column id → text the column's value must contain ("" or missing = no filter).
export type ColumnFilters = Readonly<Record<string, string>>;

// numeric: "s10" after "s9"; base sensitivity: case and accents do not reorder names.
const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

// Returns the statements ordered by the sort keys in priority order (stable: ties keep the
// input order, which is date order). An empty sort returns the input itself.
export function sortStatements(
  dataset: Dataset,
  statements: readonly Statement[],
  sort: readonly ColumnSort[],
): readonly Statement[] {
  const lookup = lookupDataset(dataset);
  const keys = sort.flatMap(({ columnId, desc }) => {
    const column = statementColumn(columnId);
    if (!column) return [];
    const read = column.sortValue ?? column.value;
    // Each key is computed once per row, not once per comparison.
    return [
      { values: statements.map((statement) => read(statement, lookup)), sign: desc ? -1 : 1 },
    ];
  });
  if (keys.length === 0) return statements;
  const order = statements.map((_, index) => index);
  order.sort((a, b) => {
    for (const { values, sign } of keys) {
      const result = compareValues(values[a] ?? "", values[b] ?? "");
      if (result !== 0) return result * sign;
    }
    return a - b;
  });
  return order.map((index) => statements[index] as Statement);
}

function compareValues(a: string | number, b: string | number): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return collator.compare(String(a), String(b));
}

// Returns the statements whose column values contain every non-empty filter's text,
// ignoring case and accents. Unknown column ids are ignored. No active filter returns the
// input itself.
export function filterByColumns(
  dataset: Dataset,
  statements: readonly Statement[],
  filters: ColumnFilters,
): readonly Statement[] {
  const tests = Object.entries(filters).flatMap(([columnId, text]) => {
    const column = statementColumn(columnId);
    const needle = foldAccents(text.trim());
    return column && needle !== "" ? [{ column, needle }] : [];
  });
  if (tests.length === 0) return statements;
  const lookup = lookupDataset(dataset);
  return statements.filter((statement) =>
    tests.every(({ column, needle }) =>
      foldAccents(column.value(statement, lookup)).includes(needle),
    ),
  );
}
