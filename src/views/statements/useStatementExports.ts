// "Export CSV" and "Export JSON" for the rows the table shows.
import { useCallback } from "react";
import type { Dataset, Statement } from "../../domain/schema";
import { csvExportColumnIds, writeStatementsCsvParts } from "../../domain/statementColumns";
import { countText } from "../../domain/statementText";
import { selectDataset } from "../../state/librarySlice";
import { useParleyStore } from "../../state/store";
import { downloadText, exportFilename } from "../../ui/download";

// Returns the statements as a dataset of their own (only the sources they cite), so the
// file can be opened in Parley again or validated against the same schema.
export function subsetDataset(dataset: Dataset, statements: readonly Statement[]): Dataset {
  const sourceIds = new Set(statements.map((statement) => statement.sourceId));
  return {
    ...dataset,
    sources: dataset.sources.filter((source) => sourceIds.has(source.id)),
    statements: [...statements],
  };
}

export function useStatementExports(rows: readonly Statement[], columnIds: readonly string[]) {
  const dataset = useParleyStore(selectDataset);
  const notify = useParleyStore((state) => state.notify);
  const count = countText(rows.length, "statement");

  const exportCsv = useCallback(() => {
    downloadText(
      exportFilename(dataset.meta.id, "statements", new Date(), "csv"),
      // The shown columns first, then every other, so the file opens again as these statements.
      writeStatementsCsvParts(dataset, rows, csvExportColumnIds(columnIds)),
      "text/csv;charset=utf-8",
    );
    notify(`Exported ${count} as CSV.`);
  }, [dataset, rows, columnIds, notify, count]);

  const exportJson = useCallback(() => {
    const json = `${JSON.stringify(subsetDataset(dataset, rows), null, 2)}\n`;
    downloadText(
      exportFilename(dataset.meta.id, "statements", new Date(), "json"),
      json,
      "application/json",
    );
    notify(`Exported ${count} as JSON.`);
  }, [dataset, rows, notify, count]);

  return { exportCsv, exportJson };
}
