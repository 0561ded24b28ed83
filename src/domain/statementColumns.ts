// The columns a statement can be shown or exported as: shared by the statements table and
// its CSV export, so what users see and what they download cannot drift apart.
import { writeCsvParts } from "./csv";
import { lookupDataset } from "./datasetLookup";
import type { Dataset, Statement } from "./schema";
import { stanceIndex } from "./statementIndex";
import { NO_STANCE, personText, placeText, stanceLabel } from "./statementText";

export interface StatementColumn {
  readonly id: string;
  readonly header: string;
  // The cell as text: what the table shows, search matches and the CSV holds.
  value(statement: Statement, dataset: Dataset): string;
  // What the column sorts by, when the shown text would sort wrongly.
  sortValue?(statement: Statement, dataset: Dataset): string | number;
  // The ids the value is looked up by, when it depends on nothing else: statements with the
  // same key show the same text, so the CSV writer escapes it once per key.
  key?(statement: Statement): string;
}

export { NO_STANCE } from "./statementText";

// Reduced-precision ISO 8601 ("2024-06", "2024"): a month-precision date is stored as the
// 1st of the month, and showing "2024-06-01" would claim a day nobody reported.
export function formatStatementDate(statement: Statement): string {
  if (statement.datePrecision === "year") return statement.date.slice(0, 4);
  if (statement.datePrecision === "month") return statement.date.slice(0, 7);
  return statement.date;
}

function sourceOf(statement: Statement, dataset: Dataset) {
  return lookupDataset(dataset).sources.get(statement.sourceId);
}

function stancePosition(statement: Statement, dataset: Dataset): number | null {
  const issue = lookupDataset(dataset).issues.get(statement.issueId);
  return issue ? stanceIndex(issue, statement.stanceId) : null;
}

const byDate = (statement: Statement) => statement.date;
const bySource = (statement: Statement) => statement.sourceId;
// Stance ids are unique only within an issue; ids never hold a space.
const stanceKey = (statement: Statement) => `${statement.issueId} ${statement.stanceId}`;

export const STATEMENT_COLUMNS: readonly StatementColumn[] = [
  { id: "date", header: "Date", value: formatStatementDate, sortValue: byDate },
  {
    id: "precision",
    header: "Date precision",
    value: (s) => s.datePrecision,
    key: (s) => s.datePrecision,
  },
  { id: "date-note", header: "Date note", value: (s) => s.dateNote ?? "" },
  {
    id: "party",
    header: "Party",
    value: (s, d) => lookupDataset(d).parties.get(s.partyId)?.name ?? s.partyId,
    key: (s) => s.partyId,
  },
  { id: "speaker", header: "Speaker", value: (s) => s.speaker.name },
  { id: "role", header: "Speaker role", value: (s) => s.speaker.role },
  {
    id: "reported-by",
    header: "Reported by",
    value: (s) => (s.reportedBy ? personText(s.reportedBy) : ""),
  },
  {
    id: "issue",
    header: "Issue",
    value: (s, d) => lookupDataset(d).issues.get(s.issueId)?.name ?? s.issueId,
    key: (s) => s.issueId,
  },
  {
    id: "stance",
    header: "Stance",
    value: (s, d) => {
      const issue = lookupDataset(d).issues.get(s.issueId);
      return issue ? stanceLabel(issue, s.stanceId) : (s.stanceId ?? NO_STANCE);
    },
    key: stanceKey,
  },
  {
    id: "stance-position",
    header: "Stance position",
    value: (s, d) => {
      const position = stancePosition(s, d);
      const count = lookupDataset(d).issues.get(s.issueId)?.stances.length ?? 0;
      return position === null ? "" : placeText(position, count);
    },
    // Unplaced stances sort after every placed one.
    sortValue: (s, d) => stancePosition(s, d) ?? Number.MAX_SAFE_INTEGER,
    key: stanceKey,
  },
  { id: "summary", header: "Summary", value: (s) => s.summary },
  { id: "quote", header: "Quote", value: (s) => s.quote ?? "" },
  { id: "quote-kind", header: "Quote kind", value: (s) => s.quoteKind, key: (s) => s.quoteKind },
  { id: "conditions", header: "Conditions", value: (s) => s.conditions ?? "" },
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
    value: (s, d) => sourceOf(s, d)?.outlet ?? "",
    key: bySource,
  },
  {
    id: "source-title",
    header: "Source title",
    value: (s, d) => sourceOf(s, d)?.title ?? "",
    key: bySource,
  },
  {
    id: "source-published",
    header: "Source published",
    value: (s, d) => sourceOf(s, d)?.published ?? "",
    key: bySource,
  },
  {
    id: "source-url",
    header: "Source URL",
    value: (s, d) => sourceOf(s, d)?.url ?? "",
    key: bySource,
  },
  { id: "statement-id", header: "Statement id", value: (s) => s.id },
];

const columnsById = new Map(STATEMENT_COLUMNS.map((column) => [column.id, column]));

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
  const rows = [columns.map((column) => column.header)];
  for (const statement of statements) {
    rows.push(columns.map((column) => column.value(statement, dataset)));
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
  return writeCsvParts(
    columns.map((column) => column.header),
    statements,
    columns.map((column) => ({
      text: (statement: Statement) => column.value(statement, dataset),
      key: column.key,
    })),
  );
}

// Returns writeStatementsCsvParts as one string.
export function writeStatementsCsv(
  dataset: Dataset,
  statements: readonly Statement[],
  columnIds: readonly string[],
): string {
  return writeStatementsCsvParts(dataset, statements, columnIds).join("");
}
