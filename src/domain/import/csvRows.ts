// Reads a statements CSV into rows of named cells: finds the separator, skips comment and
// blank rows, matches the header to the known fields, and reports what it cannot use (a
// column named twice, cells beyond the header) instead of ignoring it.
import { fail, type Problem, type Result, succeed } from "../result";
import { type CsvField, columnName, type HeaderMatch, matchHeader } from "./csvHeader";
import { detectSeparator, parseCsv } from "./parseCsv";

export interface CsvRow {
  line: number; // the row's number in the file, counting the header as row 1
  cells: ReadonlyMap<CsvField, string>;
}

export interface CsvTable {
  rows: CsvRow[];
  // Headers no field knows: left out, and named in a warning.
  unknownColumns: string[];
  // The name each field's column has in this file, for problems ("column Speaker role").
  columnName(field: CsvField): string;
  hasField(field: CsvField): boolean;
}

// The fields every row needs, by their template names.
const REQUIRED: readonly CsvField[] = ["date", "party", "issue", "summary", "source"];

export const cellOf = (row: CsvRow, field: CsvField) => row.cells.get(field) ?? "";

export function readCsvTable(text: string): Result<CsvTable> {
  const read = parseCsv(text, detectSeparator(text));
  if (!read.ok) return read;
  // A row whose first cell starts with # is a comment (the template's example row uses it).
  const lines: { cells: string[]; line: number }[] = [];
  read.value.forEach((cells, index) => {
    if ((cells[0] ?? "").trimStart().startsWith("#")) return;
    if (cells.some((cell) => cell.trim() !== "")) lines.push({ cells, line: index + 1 });
  });
  const header = lines.shift();
  if (!header) return fail([{ path: "row 1", expected: "a header row", found: "no rows" }]);
  const names = header.cells;
  const match: HeaderMatch = matchHeader(names, header.line);
  const problems: Problem[] = [...match.problems];
  const missing = REQUIRED.filter((field) => !match.columnOf.has(field));
  for (const field of missing)
    problems.push({
      path: `row ${header.line}`,
      expected: `a column named "${field}"`,
      found: `columns ${names.map((n) => JSON.stringify(n.trim())).join(", ")}`,
    });
  const rows: CsvRow[] = [];
  for (const { cells, line } of lines) {
    // Trailing empty cells are what spreadsheets write after the last column; text there is not.
    const extra = cells.slice(names.length).filter((cell) => cell.trim() !== "");
    if (extra.length > 0)
      problems.push({
        path: `row ${line}`,
        expected: `at most ${names.length} cells, as the header has`,
        found: `${cells.length} cells (beyond the header: ${extra.map((c) => JSON.stringify(c.slice(0, 40))).join(", ")})`,
      });
    const record = new Map<CsvField, string>();
    for (const [field, index] of match.columnOf) record.set(field, (cells[index] ?? "").trim());
    rows.push({ line, cells: record });
  }
  if (problems.length) return fail(problems);
  return succeed({
    rows,
    unknownColumns: match.unknown,
    columnName: (field) => columnName(field, names, match),
    hasField: (field) => match.columnOf.has(field),
  });
}
