// Matches a statements CSV's header row to the fields Parley knows, by the names the export
// writes ("Speaker role") and the template's names ("speakerRole"), ignoring case, spaces,
// '-' and '_'. One vocabulary: both come from STATEMENT_COLUMNS.
import type { Problem } from "../result";
import { STATEMENT_COLUMNS } from "../statementColumns";

// Field name → its names, best first (the export's header, then the template's name).
const FIELD_NAMES = new Map<string, string[]>();
for (const column of STATEMENT_COLUMNS)
  if (column.csvName) FIELD_NAMES.set(column.csvName, [column.header, column.csvName]);

export type CsvField = string;
export const CSV_FIELDS: readonly CsvField[] = [...FIELD_NAMES.keys()];

// Headers the export writes that only show what other columns hold (the combined "Source").
const SHOWN_ONLY = new Set(STATEMENT_COLUMNS.filter((c) => !c.csvName).map((c) => c.header));

export const normaliseHeader = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, "");

// normalised name → [field, rank of the name among the field's names]
const BY_NAME = new Map<string, [CsvField, number]>();
for (const [field, names] of FIELD_NAMES)
  names.forEach((name, rank) => {
    const key = normaliseHeader(name);
    const known = BY_NAME.get(key);
    if (!known || known[1] > rank) BY_NAME.set(key, [field, rank]);
  });

export interface HeaderMatch {
  // Field → the index of the column it is read from.
  columnOf: Map<CsvField, number>;
  // Headers no field knows, in file order (left out, with a warning).
  unknown: string[];
  problems: Problem[];
}

export function matchHeader(names: readonly string[], headerLine: number): HeaderMatch {
  const chosen = new Map<CsvField, { index: number; rank: number }>();
  const unknown: string[] = [];
  const problems: Problem[] = [];
  const firstWithName = new Map<string, number>();
  names.forEach((raw, index) => {
    const name = raw.trim();
    if (name === "") return;
    const key = normaliseHeader(name);
    const earlier = firstWithName.get(key);
    if (earlier !== undefined) {
      problems.push({
        path: `row ${headerLine}, column ${index + 1}`,
        expected: `each column named once ("${names[earlier]?.trim()}" is column ${earlier + 1})`,
        found: JSON.stringify(name),
      });
      return;
    }
    firstWithName.set(key, index);
    const match = BY_NAME.get(key);
    if (!match) {
      if (!SHOWN_ONLY.has(name)) unknown.push(name);
      return;
    }
    const [field, rank] = match;
    const current = chosen.get(field);
    // "Source outlet" and "Source" in one file: the better name is read, the other only shows.
    if (!current || rank < current.rank) chosen.set(field, { index, rank });
  });
  const columnOf = new Map([...chosen].map(([field, { index }]) => [field, index]));
  return { columnOf, unknown, problems };
}

// The name a field's column goes by in this file, for a problem's "column …".
export function columnName(field: CsvField, names: readonly string[], match: HeaderMatch): string {
  const index = match.columnOf.get(field);
  return index === undefined ? field : (names[index]?.trim() ?? field);
}
