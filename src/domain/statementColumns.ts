// The columns a statement can be shown or exported as: shared by the statements table and
// its CSV export, so what users see and what they download cannot drift apart.
import { writeCsvParts } from "./csv";
import { type DatasetLookup, lookupDataset } from "./datasetLookup";
import type { Dataset, Statement } from "./schema";
import type { StatementColumnId } from "./statementColumnIds";
import { V2_COLUMNS } from "./statementColumnsV2";
import { stanceIndex } from "./statementIndex";
import { NO_STANCE, personText, placeText, stanceLabel } from "./statementText";

export interface StatementColumn {
  readonly id: StatementColumnId;
  readonly header: string;
  // The field's name in a statements CSV (the template's header); the import matches a
  // column by this or by `header`, ignoring case, spaces, '-' and '_'. Absent for columns
  // that only show (the combined "Source" column, the stance's position).
  readonly csvName?: string;
  // The cell as text: what the table shows, search matches and the CSV holds. `lookup` is the
  // dataset's id maps (the scope keeps them; lookupDataset builds them).
  value(statement: Statement, lookup: DatasetLookup): string;
  // What the CSV holds, where it differs from what the table shows (dates in full ISO form).
  csvValue?(statement: Statement, lookup: DatasetLookup): string;
  // What the column sorts by, when the shown text would sort wrongly.
  sortValue?(statement: Statement, lookup: DatasetLookup): string | number;
  // The ids the value is looked up by, when it depends on nothing else: statements with the
  // same key show the same text, so the CSV writer escapes it once per key.
  key?(statement: Statement): string;
}

// Reduced-precision ISO 8601 ("2024-06", "2024"): a month-precision date is stored as the
// 1st of the month, and showing "2024-06-01" would claim a day nobody reported.
export function formatStatementDate(statement: Statement): string {
  if (statement.datePrecision === "year") return statement.date.slice(0, 4);
  if (statement.datePrecision === "month") return statement.date.slice(0, 7);
  return statement.date;
}

function sourceOf(statement: Statement, lookup: DatasetLookup) {
  return lookup.sources.get(statement.sourceId);
}

function stancePosition(statement: Statement, lookup: DatasetLookup): number | null {
  const issue = lookup.issues.get(statement.issueId);
  return issue ? stanceIndex(issue, statement.stanceId) : null;
}

const byDate = (statement: Statement) => statement.date;
const bySource = (statement: Statement) => statement.sourceId;
// Stance ids are unique only within an issue; ids never hold a space.
const stanceKey = (statement: Statement) => `${statement.issueId} ${statement.stanceId}`;

export const STATEMENT_COLUMNS: readonly StatementColumn[] = [
  {
    id: "date",
    header: "Date",
    csvName: "date",
    value: formatStatementDate,
    // Spreadsheets sort full ISO dates; the precision has its own column.
    csvValue: byDate,
    sortValue: byDate,
  },
  {
    id: "precision",
    header: "Date precision",
    csvName: "datePrecision",
    value: (s) => s.datePrecision,
    key: (s) => s.datePrecision,
  },
  { id: "date-note", header: "Date note", csvName: "dateNote", value: (s) => s.dateNote ?? "" },
  {
    id: "party",
    header: "Party",
    csvName: "party",
    value: (s, d) => d.parties.get(s.partyId)?.name ?? s.partyId,
    key: (s) => s.partyId,
  },
  { id: "speaker", header: "Speaker", csvName: "speaker", value: (s) => s.speaker.name },
  { id: "role", header: "Speaker role", csvName: "speakerRole", value: (s) => s.speaker.role },
  {
    id: "reported-by",
    header: "Reported by",
    csvName: "reportedBy",
    value: (s) => (s.reportedBy ? personText(s.reportedBy) : ""),
    // The role has a column of its own in the file: a role may itself hold brackets.
    csvValue: (s) => s.reportedBy?.name ?? "",
  },
  {
    id: "issue",
    header: "Issue",
    csvName: "issue",
    value: (s, d) => d.issues.get(s.issueId)?.name ?? s.issueId,
    key: (s) => s.issueId,
  },
  {
    id: "stance",
    header: "Stance",
    csvName: "stance",
    value: (s, d) => {
      const issue = d.issues.get(s.issueId);
      return issue ? stanceLabel(issue, s.stanceId) : (s.stanceId ?? NO_STANCE);
    },
    key: stanceKey,
  },
  {
    id: "stance-position",
    header: "Stance position",
    csvName: "stanceRank",
    value: (s, d) => {
      const position = stancePosition(s, d);
      const count = d.issues.get(s.issueId)?.stances.length ?? 0;
      return position === null ? "" : placeText(position, count);
    },
    // Unplaced stances sort after every placed one.
    sortValue: (s, d) => stancePosition(s, d) ?? Number.MAX_SAFE_INTEGER,
    key: stanceKey,
  },
  { id: "summary", header: "Summary", csvName: "summary", value: (s) => s.summary },
  { id: "quote", header: "Quote", csvName: "quote", value: (s) => s.quote ?? "" },
  {
    id: "quote-kind",
    header: "Quote kind",
    csvName: "quoteKind",
    value: (s) => s.quoteKind,
    key: (s) => s.quoteKind,
  },
  {
    id: "conditions",
    header: "Conditions",
    csvName: "conditions",
    value: (s) => s.conditions ?? "",
  },
  {
    id: "source",
    header: "Source",
    value: (s, d) => {
      const source = sourceOf(s, d);
      if (!source) return s.sourceId;
      return source.published ? `${source.outlet}, ${source.published}` : source.outlet;
    },
    key: bySource,
  },
  {
    id: "source-outlet",
    header: "Source outlet",
    // "source" in the template: the outlet is what a person types as the source.
    csvName: "source",
    value: (s, d) => sourceOf(s, d)?.outlet ?? "",
    key: bySource,
  },
  {
    id: "source-title",
    header: "Source title",
    csvName: "sourceTitle",
    value: (s, d) => sourceOf(s, d)?.title ?? "",
    key: bySource,
  },
  {
    id: "source-published",
    header: "Source published",
    csvName: "sourcePublished",
    value: (s, d) => sourceOf(s, d)?.published ?? "",
    key: bySource,
  },
  {
    id: "source-url",
    header: "Source URL",
    csvName: "sourceUrl",
    value: (s, d) => sourceOf(s, d)?.url ?? "",
    key: bySource,
  },
  { id: "statement-id", header: "Statement id", csvName: "statementId", value: (s) => s.id },
  ...V2_COLUMNS,
];

const columnsById: ReadonlyMap<string, StatementColumn> = new Map(
  STATEMENT_COLUMNS.map((column) => [column.id, column]),
);

// Returns the column with this id, or undefined for an unknown id (e.g. from an old URL).
export function statementColumn(id: string): StatementColumn | undefined {
  return columnsById.get(id);
}

// Returns a header row and one row per statement for the given columns, in the given
// order; unknown column ids are skipped.
export function statementsToRows(
  dataset: Dataset,
  statements: readonly Statement[],
  columnIds: readonly string[],
): string[][] {
  const columns = columnIds.flatMap((id) => columnsById.get(id) ?? []);
  const lookup = lookupDataset(dataset);
  const rows = [columns.map((column) => column.header)];
  for (const statement of statements) {
    rows.push(columns.map((column) => (column.csvValue ?? column.value)(statement, lookup)));
  }
  return rows;
}

// Returns the statements as a CSV document with the given columns, in parts for
// `new Blob(parts)` (see writeCsvParts); joined, the same file as
// writeCsv(statementsToRows(...)).
export function writeStatementsCsvParts(
  dataset: Dataset,
  statements: readonly Statement[],
  columnIds: readonly string[],
): string[] {
  const columns = columnIds.flatMap((id) => columnsById.get(id) ?? []);
  const lookup = lookupDataset(dataset);
  return writeCsvParts(
    columns.map((column) => column.header),
    statements,
    columns.map((column) => ({
      text: (statement: Statement) => (column.csvValue ?? column.value)(statement, lookup),
      key: column.key,
    })),
  );
}

// The columns a statements CSV export writes: the ones shown, in their order, then every other
// column, so the file holds every field needed to rebuild its statements (issue 10).
export function csvExportColumnIds(shownIds: readonly string[]): string[] {
  const shown = shownIds.filter((id) => columnsById.has(id));
  const rest = STATEMENT_COLUMNS.map((column) => column.id).filter((id) => !shown.includes(id));
  return [...shown, ...rest];
}

// Returns writeStatementsCsvParts as one string.
export function writeStatementsCsv(
  dataset: Dataset,
  statements: readonly Statement[],
  columnIds: readonly string[],
): string {
  return writeStatementsCsvParts(dataset, statements, columnIds).join("");
}
