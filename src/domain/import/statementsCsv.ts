// Builds a dataset from a statements CSV: one row per statement; parties, issues, stances and
// sources are taken from the columns. Reads every column the statements CSV export writes
// (README, "The statements CSV"), so an exported file opens again as the same statements: ids
// come from the id columns where the file has them, else from the names. Problems name the
// CSV row and column; columns Parley does not know are named in a warning.
import { describeValue } from "../problemList";
import { fail, type Problem, succeed } from "../result";
import type { Dataset, Party, Source, Statement } from "../schema";
import { readIdListCell, readSpeakerCell } from "../statementCells";
import { STATEMENT_COLUMNS } from "../statementColumns";
import { unknownFieldsWarning } from "../unknownFields";
import { type ParseResult, parseDataset } from "../validate";
import { readCsvDate } from "./csvDate";
import { type CsvRow, type CsvTable, cellOf, readCsvTable } from "./csvRows";
import { ScaleBuilder } from "./csvScales";
import { IdsByKey } from "./idsByKey";
import { slugify } from "./slugify";

export { slugify };

// The template's header: every column the import reads, by the names the export writes.
export const STATEMENT_CSV_COLUMNS: readonly string[] = STATEMENT_COLUMNS.filter(
  (column) => column.csvName,
).map((column) => column.header);

const orNull = (value: string) => (value === "" ? null : value);

function sourceKey(row: CsvRow): string {
  const id = cellOf(row, "sourceId");
  if (id) return `id ${id}`;
  const parts = ["source", "sourceTitle", "sourcePublished", "sourceUrl"].map((f) =>
    cellOf(row, f),
  );
  return JSON.stringify(parts);
}

function readSources(rows: CsvRow[]) {
  const ids = new IdsByKey();
  const byKey = new Map<string, { source: Source; line: number }>();
  for (const row of rows) {
    const key = sourceKey(row);
    if (!cellOf(row, "source") || byKey.has(key)) continue;
    const id = cellOf(row, "sourceId");
    const source: Source = {
      id: ids.idFor(key, id || key, id !== ""),
      outlet: cellOf(row, "source"),
      title: orNull(cellOf(row, "sourceTitle")),
      published: orNull(cellOf(row, "sourcePublished")),
      url: orNull(cellOf(row, "sourceUrl")),
      document: null,
      notes: null,
    };
    const kind = cellOf(row, "sourceKind");
    if (kind) source.kind = kind as Source["kind"];
    byKey.set(key, { source, line: row.line });
  }
  return byKey;
}

function readOffset(
  row: CsvRow,
  field: "quoteStart" | "quoteEnd",
  table: CsvTable,
  problems: Problem[],
) {
  const cell = cellOf(row, field);
  if (cell === "") return undefined;
  if (/^\d+$/.test(cell)) return Number(cell);
  problems.push({
    path: `row ${row.line}, column ${table.columnName(field)}`,
    expected: "a whole number of characters, or nothing",
    found: describeValue(cell),
  });
  return undefined;
}

// The v2 fields of a row, set only where the file has them (absent and null read the same).
function readV2Fields(
  statement: Statement,
  row: CsvRow,
  scales: ScaleBuilder,
  table: CsvTable,
  problems: Problem[],
) {
  // "Name" and "Role" in two columns, as the export writes them; "Name (Role)" in one
  // where a file has no role column.
  const reportedBy = table.hasField("reportedByRole")
    ? cellOf(row, "reportedBy") && {
        name: cellOf(row, "reportedBy"),
        role: cellOf(row, "reportedByRole"),
      }
    : readSpeakerCell(cellOf(row, "reportedBy"));
  if (reportedBy) statement.reportedBy = reportedBy;
  const firmness = cellOf(row, "firmness");
  if (firmness) statement.firmness = firmness as Statement["firmness"];
  const dateBasis = cellOf(row, "dateBasis");
  if (dateBasis) statement.dateBasis = dateBasis as Statement["dateBasis"];
  const issue = scales.findById(statement.issueId);
  const from = scales.readRef(row, "acceptableFrom");
  const to = scales.readRef(row, "acceptableTo");
  if (issue && from && to)
    statement.acceptable = {
      from: scales.stanceRef(issue, from, row.line),
      to: scales.stanceRef(issue, to, row.line),
    };
  else if ((from === undefined) !== (to === undefined))
    problems.push({
      path: `row ${row.line}, column ${table.columnName(from === undefined ? "acceptableFrom" : "acceptableTo")}`,
      expected: "both ends of the acceptable range, or neither",
      found: "nothing",
    });
  const links = scales.readLinks(row);
  if (links.length)
    statement.conditionLinks = links.map((link) => {
      const linked = scales.findById(link.issueId);
      return {
        issueId: link.issueId,
        stanceId: linked ? scales.stanceRef(linked, link, row.line) : link.stanceId,
      };
    });
  const alsoIn = readIdListCell(cellOf(row, "alsoIn"));
  if (alsoIn.length) statement.alsoIn = alsoIn;
  const quoteStart = readOffset(row, "quoteStart", table, problems);
  const quoteEnd = readOffset(row, "quoteEnd", table, problems);
  if (quoteStart !== undefined) statement.quoteStart = quoteStart;
  if (quoteEnd !== undefined) statement.quoteEnd = quoteEnd;
}

export interface CsvImportOptions {
  fileName: string;
  today: string; // ISO date, the dataset's `updated`
}

export function datasetFromStatementsCsv(text: string, options: CsvImportOptions): ParseResult {
  const read = readCsvTable(text);
  if (!read.ok) return read;
  const table = read.value;
  const { rows } = table;
  const problems: Problem[] = [];
  const partyIds = new IdsByKey();
  const issueIds = new IdsByKey();
  const partyNames = new Map<string, string>();
  const scales = new ScaleBuilder(table, problems);
  // A row without an id column's value joins the party or issue of that name, if any.
  const keyByName = { party: new Map<string, string>(), issue: new Map<string, string>() };
  const keyOf = (kind: "party" | "issue", id: string, name: string) => {
    const key = id || keyByName[kind].get(name) || name;
    if (name && !keyByName[kind].has(name)) keyByName[kind].set(name, key);
    return key;
  };
  // First every issue, so condition links can name an issue whose own rows come later.
  const issueOfRow = rows.map((row) => {
    const id = cellOf(row, "issueId");
    const name = cellOf(row, "issue") || id;
    if (!name) return null;
    const key = keyOf("issue", id, cellOf(row, "issue"));
    return scales.issueOf(key, issueIds.idFor(key, id || name, id !== ""), name);
  });
  const sources = readSources(rows);
  const statements = rows.map((row, index): Statement => {
    const partyKey = keyOf("party", cellOf(row, "partyId"), cellOf(row, "party"));
    const partyId = partyKey
      ? partyIds.idFor(partyKey, partyKey, cellOf(row, "partyId") !== "")
      : "";
    if (partyKey && !partyNames.has(partyId))
      partyNames.set(partyId, cellOf(row, "party") || partyKey);
    const issue = issueOfRow[index];
    const quote = orNull(cellOf(row, "quote"));
    const { problem: precisionProblem, ...date } = readCsvDate(
      cellOf(row, "date"),
      cellOf(row, "datePrecision"),
    );
    if (precisionProblem)
      problems.push({
        path: `row ${row.line}, column ${table.columnName("datePrecision")}`,
        ...precisionProblem,
      });
    const statement: Statement = {
      id: cellOf(row, "statementId") || `row-${index + 1}`,
      ...date,
      dateNote: orNull(cellOf(row, "dateNote")),
      partyId,
      speaker: {
        name: cellOf(row, "speaker") || cellOf(row, "party"),
        role: cellOf(row, "speakerRole"),
      },
      issueId: issue?.id ?? "",
      stanceId: issue ? scales.stanceOf(issue, row) : null,
      summary: cellOf(row, "summary"),
      quote,
      quoteKind: (cellOf(row, "quoteKind") ||
        (quote ? "direct" : "reported")) as Statement["quoteKind"],
      conditions: orNull(cellOf(row, "conditions")),
      sourceId: sources.get(sourceKey(row))?.source.id ?? "",
    };
    readV2Fields(statement, row, scales, table, problems);
    return statement;
  });
  const parties: Party[] = [...partyNames].map(([id, name]) => ({
    id,
    name,
    shortName: name.length <= 12 ? name : `${name.slice(0, 11)}…`,
  }));
  const baseName = options.fileName.replace(/\.[^.]*$/, "") || "imported";
  const candidate: Dataset = {
    meta: {
      id: slugify(baseName),
      title: baseName,
      description: `Imported from ${options.fileName}.`,
      updated: options.today,
      version: "1",
    },
    parties,
    issues: scales.build(),
    sources: [...sources.values()].map(({ source }) => source),
    statements,
  };
  if (rows.length === 0)
    problems.push({ path: "row 2", expected: "at least one statement row", found: "none" });
  if (problems.length) return fail(problems);
  const result = parseDataset(candidate);
  if (!result.ok) {
    const sourceLines = [...sources.values()].map(({ line }) => line);
    return { ...result, problems: result.problems.map((p) => toCsvProblem(p, table, sourceLines)) };
  }
  const unknown = unknownFieldsWarning(new Map(table.unknownColumns.map((name) => [name, 1])));
  return succeed(result.value, unknown ? [unknown] : []);
}

// Which CSV field a statement or source field came from, to point problems at the cell.
const STATEMENT_FIELD: Record<string, string> = {
  id: "statementId",
  partyId: "party",
  issueId: "issue",
  stanceId: "stance",
  sourceId: "source",
  acceptable: "acceptableFrom",
};
const SOURCE_FIELD: Record<string, string> = {
  outlet: "source",
  title: "sourceTitle",
  published: "sourcePublished",
  url: "sourceUrl",
  kind: "sourceKind",
};

// Re-points a dataset path (statements[3].date) at the CSV cell it came from (row 5, column date).
function toCsvProblem(problem: Problem, table: CsvTable, sourceLines: number[]): Problem {
  const statement = /^statements\[(\d+)\]\.(\w+)/.exec(problem.path);
  if (statement) {
    const row = table.rows[Number(statement[1])];
    const field = statement[2] as string;
    const column = table.columnName(STATEMENT_FIELD[field] ?? field);
    return { ...problem, path: `row ${row?.line ?? "?"}, column ${column}` };
  }
  const source = /^sources\[(\d+)\]\.(\w+)/.exec(problem.path);
  if (source) {
    const field = source[2] as string;
    const column = table.columnName(SOURCE_FIELD[field] ?? field);
    return { ...problem, path: `row ${sourceLines[Number(source[1])] ?? "?"}, column ${column}` };
  }
  if (/^issues\[(\d+)\]/.test(problem.path))
    return { ...problem, path: `column issue/stance (${problem.path})` };
  return problem;
}
