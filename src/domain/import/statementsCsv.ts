// Builds a dataset from a statements CSV: one row per statement; parties, issues, stances and
// sources are taken from the columns. An issue's stance order comes from `stanceRank` where
// given, else from the order stances first appear. Problems name the CSV row and column.

import { fail, type Result, succeed } from "../result";
import type { Dataset, Issue, Party, Source, Statement } from "../schema";
import { describeValue, type ParseResult, type Problem, parseDataset } from "../validate";
import { detectSeparator, parseCsv } from "./parseCsv";

export const STATEMENT_CSV_COLUMNS = [
  "date",
  "datePrecision",
  "dateNote",
  "party",
  "speaker",
  "speakerRole",
  "issue",
  "stance",
  "stanceRank",
  "summary",
  "quote",
  "quoteKind",
  "conditions",
  "source",
  "sourceTitle",
  "sourcePublished",
  "sourceUrl",
] as const;
type Column = (typeof STATEMENT_CSV_COLUMNS)[number];
const REQUIRED: readonly Column[] = ["date", "party", "issue", "summary", "source"];

// Which CSV column a statement or source field came from, to point problems at the cell.
const STATEMENT_FIELD_COLUMN: Record<string, Column> = {
  date: "date",
  datePrecision: "datePrecision",
  dateNote: "dateNote",
  partyId: "party",
  speaker: "speaker",
  issueId: "issue",
  stanceId: "stance",
  summary: "summary",
  quote: "quote",
  quoteKind: "quoteKind",
  conditions: "conditions",
  sourceId: "source",
};
const SOURCE_FIELD_COLUMN: Record<string, Column> = {
  outlet: "source",
  title: "sourceTitle",
  published: "sourcePublished",
  url: "sourceUrl",
};

export function slugify(name: string): string {
  const slug = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return slug || "x";
}

// Gives each distinct name a unique id, keeping first-appearance order.
class IdsByName {
  readonly ids = new Map<string, string>();
  private readonly taken = new Set<string>();
  idFor(name: string): string {
    const known = this.ids.get(name);
    if (known) return known;
    let id = slugify(name);
    for (let n = 2; this.taken.has(id); n++) id = `${slugify(name)}-${n}`;
    this.ids.set(name, id);
    this.taken.add(id);
    return id;
  }
}

interface CsvRow {
  line: number; // the row's number in the file, counting the header as row 1
  cells: Record<Column, string>;
}

function readRows(text: string): Result<CsvRow[]> {
  const read = parseCsv(text, detectSeparator(text));
  if (!read.ok) return read;
  // A row whose first cell starts with # is a comment (the template's example row uses it).
  const lines = read.value
    .map((cells, index) => ({ cells, line: index + 1 }))
    .filter(({ cells }) => !(cells[0] ?? "").trimStart().startsWith("#"))
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ""));
  const header = lines.shift();
  if (!header) return fail([{ path: "row 1", expected: "a header row", found: "no rows" }]);
  const names = header.cells.map((name) => name.trim());
  const missing = REQUIRED.filter((column) => !names.includes(column));
  if (missing.length)
    return fail(
      missing.map((column) => ({
        path: `row ${header.line}`,
        expected: `a column named "${column}"`,
        found: `columns ${names.map((n) => JSON.stringify(n)).join(", ")}`,
      })),
    );
  const rows = lines.map(({ cells, line }) => {
    const record = {} as Record<Column, string>;
    for (const column of STATEMENT_CSV_COLUMNS) {
      const at = names.indexOf(column);
      record[column] = at === -1 ? "" : (cells[at] ?? "").trim();
    }
    return { line, cells: record };
  });
  return succeed(rows);
}

const orNull = (value: string) => (value === "" ? null : value);

// Orders each issue's stances by stanceRank, else by first appearance; reports rank conflicts.
function buildIssues(rows: CsvRow[], issueIds: IdsByName, problems: Problem[]): Issue[] {
  const stancesByIssue = new Map<string, { label: string; rank: number | null; line: number }[]>();
  for (const { cells, line } of rows) {
    if (!cells.issue || !cells.stance) continue;
    const list = stancesByIssue.get(cells.issue) ?? [];
    stancesByIssue.set(cells.issue, list);
    const rank = cells.stanceRank === "" ? null : Number(cells.stanceRank);
    if (rank !== null && !Number.isFinite(rank)) {
      problems.push({
        path: `row ${line}, column stanceRank`,
        expected: "a number or nothing",
        found: describeValue(cells.stanceRank),
      });
      continue;
    }
    const known = list.find((stance) => stance.label === cells.stance);
    if (!known) list.push({ label: cells.stance, rank, line });
    else if (known.rank === null) known.rank = rank;
    else if (rank !== null && rank !== known.rank)
      problems.push({
        path: `row ${line}, column stanceRank`,
        expected: `${known.rank}, the rank "${cells.stance}" has in row ${known.line}`,
        found: describeValue(cells.stanceRank),
      });
  }
  return [...issueIds.ids].map(([name, id]) => {
    const stances = stancesByIssue.get(name) ?? [];
    if (stances.length < 2)
      problems.push({
        path: "column stance",
        expected: `at least two different stances for issue "${name}" (its scale needs two ends)`,
        found: stances.length ? `only ${describeValue(stances[0]?.label)}` : "no stances",
      });
    const ordered = stances.some((stance) => stance.rank !== null)
      ? [...stances].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity))
      : stances;
    const stanceIds = new IdsByName();
    return {
      id,
      name,
      description: "",
      stances: ordered.map((stance) => ({
        id: stanceIds.idFor(stance.label),
        label: stance.label,
        description: "",
      })),
    };
  });
}

function sourceKey(cells: Record<Column, string>): string {
  return JSON.stringify([cells.source, cells.sourceTitle, cells.sourcePublished, cells.sourceUrl]);
}

export interface CsvImportOptions {
  fileName: string;
  today: string; // ISO date, the dataset's `updated`
}

export function datasetFromStatementsCsv(text: string, options: CsvImportOptions): ParseResult {
  const read = readRows(text);
  if (!read.ok) return read;
  const rows = read.value;
  const problems: Problem[] = [];
  const partyIds = new IdsByName();
  const issueIds = new IdsByName();
  const sourceIds = new IdsByName();
  const sourceByKey = new Map<string, { source: Source; line: number }>();
  for (const { cells, line } of rows) {
    if (cells.party) partyIds.idFor(cells.party);
    if (cells.issue) issueIds.idFor(cells.issue);
    const key = sourceKey(cells);
    if (cells.source && !sourceByKey.has(key))
      sourceByKey.set(key, {
        line,
        source: {
          id: sourceIds.idFor(key),
          outlet: cells.source,
          title: orNull(cells.sourceTitle),
          published: orNull(cells.sourcePublished),
          url: orNull(cells.sourceUrl),
          document: null,
          notes: null,
        },
      });
  }
  const issues = buildIssues(rows, issueIds, problems);
  const stanceIdOf = (issueName: string, label: string) =>
    issues
      .find((issue) => issue.name === issueName)
      ?.stances.find((stance) => stance.label === label)?.id ?? null;
  const parties: Party[] = [...partyIds.ids].map(([name, id]) => ({
    id,
    name,
    shortName: name.length <= 12 ? name : `${name.slice(0, 11)}…`,
  }));
  const statements = rows.map(
    ({ cells }, index): Statement => ({
      id: `row-${index + 1}`,
      date: cells.date,
      datePrecision: (cells.datePrecision || "day") as Statement["datePrecision"],
      dateNote: orNull(cells.dateNote),
      partyId: cells.party ? partyIds.idFor(cells.party) : "",
      speaker: { name: cells.speaker || cells.party, role: cells.speakerRole },
      issueId: cells.issue ? issueIds.idFor(cells.issue) : "",
      stanceId: cells.stance ? stanceIdOf(cells.issue, cells.stance) : null,
      summary: cells.summary,
      quote: orNull(cells.quote),
      quoteKind: (cells.quoteKind ||
        (cells.quote ? "direct" : "reported")) as Statement["quoteKind"],
      conditions: orNull(cells.conditions),
      sourceId: sourceByKey.get(sourceKey(cells))?.source.id ?? "",
    }),
  );
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
    issues,
    sources: [...sourceByKey.values()].map(({ source }) => source),
    statements,
  };
  if (rows.length === 0)
    problems.push({ path: "row 2", expected: "at least one statement row", found: "none" });
  if (problems.length) return fail(problems);
  const result = parseDataset(candidate);
  if (result.ok) return result;
  const sourceLines = [...sourceByKey.values()].map(({ line }) => line);
  return { ...result, problems: result.problems.map((p) => toCsvProblem(p, rows, sourceLines)) };
}

// Re-points a dataset path (statements[3].date) at the CSV cell it came from (row 5, column date).
function toCsvProblem(problem: Problem, rows: CsvRow[], sourceLines: number[]): Problem {
  const statement = /^statements\[(\d+)\]\.(\w+)/.exec(problem.path);
  if (statement) {
    const row = rows[Number(statement[1])];
    const column = STATEMENT_FIELD_COLUMN[statement[2] ?? ""] ?? statement[2];
    return { ...problem, path: `row ${row?.line ?? "?"}, column ${column}` };
  }
  const source = /^sources\[(\d+)\]\.(\w+)/.exec(problem.path);
  if (source) {
    const column = SOURCE_FIELD_COLUMN[source[2] ?? ""] ?? source[2];
    return { ...problem, path: `row ${sourceLines[Number(source[1])] ?? "?"}, column ${column}` };
  }
  const stance = /^issues\[(\d+)\]/.exec(problem.path);
  if (stance) return { ...problem, path: `column issue/stance (${problem.path})` };
  return problem;
}
