// The TanStack Table (v9) setup for statements: features registered explicitly, and column
// definitions that render the shared statement columns. Sorting is manual: rows arrive
// already sorted by domain code, so no sorted row model is registered.
import {
  columnVisibilityFeature,
  createColumnHelper,
  rowSortingFeature,
  type ColumnSort as TableColumnSort,
  tableFeatures,
} from "@tanstack/react-table";
import type { DatasetLookup } from "../../domain/datasetLookup";
import type { Dataset, Statement } from "../../domain/schema";
import { statementColumn } from "../../domain/statementColumns";
import type { ColumnSort } from "../../domain/statementTable";
import { formatDate, sourceDate, sourceKindText } from "../../domain/statementText";
import { partyColors } from "../../ui/partyColors";
import { TABLE_COLUMN_IDS } from "./tableColumns";

export const statementTableFeatures = tableFeatures({ rowSortingFeature, columnVisibilityFeature });

const helper = createColumnHelper<typeof statementTableFeatures, Statement>();

// Returns one column definition per table column; built per dataset because cell text
// (party, issue and stance names) comes from it.
export function buildTableColumns(dataset: Dataset, lookup: DatasetLookup) {
  const colors = partyColors(dataset.parties);
  return helper.columns(
    TABLE_COLUMN_IDS.map((id) => {
      const column = statementColumn(id);
      return helper.accessor((statement) => column?.value(statement, lookup) ?? "", {
        id,
        header: column?.header ?? id,
        cell: (context) => {
          const statement = context.row.original;
          const text = context.getValue();
          if (id === "date") return formatDate(statement.date, statement.datePrecision);
          if (id === "party") {
            return (
              <span className="statements-party">
                <span
                  className="statements-swatch"
                  aria-hidden="true"
                  style={{ background: colors.get(statement.partyId) }}
                />
                {text}
              </span>
            );
          }
          if (id === "source") {
            const source = lookup.sources.get(statement.sourceId);
            if (!source) return text;
            return (
              <>
                {source.outlet}
                <span className="statements-cell-note">
                  {[sourceKindText(source), sourceDate(source)].filter(Boolean).join(", ")}
                </span>
              </>
            );
          }
          if (text === "") return <span className="statements-muted">—</span>;
          if (id === "summary" || id === "quote") {
            return <span className="statements-prose">{text}</span>;
          }
          return text;
        },
      });
    }),
  );
}

export function toTableSorting(sort: readonly ColumnSort[]): TableColumnSort[] {
  return sort.map(({ columnId, desc }) => ({ id: columnId, desc }));
}

export function fromTableSorting(sorting: readonly TableColumnSort[]): ColumnSort[] {
  return sorting.map(({ id, desc }) => ({ columnId: id, desc }));
}
