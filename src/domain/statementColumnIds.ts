// The ids of the statement columns, in table order, without their definitions: enough for
// the URL to check a sort, a hidden column or a column filter, so the first view need not
// load the columns themselves (statementColumns.ts, which types its ids by this list).
export const STATEMENT_COLUMN_IDS = [
  "date",
  "precision",
  "date-note",
  "party",
  "speaker",
  "role",
  "reported-by",
  "issue",
  "stance",
  "stance-position",
  "summary",
  "quote",
  "quote-kind",
  "conditions",
  "source",
  "source-outlet",
  "source-title",
  "source-published",
  "source-url",
  "statement-id",
  "reported-by-role",
  "party-id",
  "issue-id",
  "stance-id",
  "source-id",
  "source-kind",
  "date-basis",
  "firmness",
  "acceptable-from",
  "acceptable-to",
  "condition-links",
  "also-in",
  "quote-start",
  "quote-end",
] as const;

export type StatementColumnId = (typeof STATEMENT_COLUMN_IDS)[number];

const KNOWN: ReadonlySet<string> = new Set(STATEMENT_COLUMN_IDS);

export function isStatementColumnId(id: string): id is StatementColumnId {
  return KNOWN.has(id);
}
