// The statement columns that carry ids and the v2 fields (README, "The statements CSV"): the
// table does not show them, the CSV export writes them so that its file rebuilds the same
// statements when opened again.
import type { Statement } from "./schema";
import { writeAcceptableCells, writeConditionLinksCell, writeIdListCell } from "./statementCells";
import type { StatementColumn } from "./statementColumns";

const optionalNumber = (value: number | undefined) => (value === undefined ? "" : String(value));
const bySource = (statement: Statement) => statement.sourceId;

export const V2_COLUMNS: readonly StatementColumn[] = [
  {
    id: "reported-by-role",
    header: "Reported by role",
    csvName: "reportedByRole",
    value: (s) => s.reportedBy?.role ?? "",
  },
  { id: "party-id", header: "Party id", csvName: "partyId", value: (s) => s.partyId },
  { id: "issue-id", header: "Issue id", csvName: "issueId", value: (s) => s.issueId },
  { id: "stance-id", header: "Stance id", csvName: "stanceId", value: (s) => s.stanceId ?? "" },
  { id: "source-id", header: "Source id", csvName: "sourceId", value: bySource, key: bySource },
  {
    id: "source-kind",
    header: "Source kind",
    csvName: "sourceKind",
    value: (s, d) => d.sources.get(s.sourceId)?.kind ?? "",
    key: bySource,
  },
  { id: "date-basis", header: "Date basis", csvName: "dateBasis", value: (s) => s.dateBasis ?? "" },
  { id: "firmness", header: "Firmness", csvName: "firmness", value: (s) => s.firmness ?? "" },
  {
    id: "acceptable-from",
    header: "Acceptable from",
    csvName: "acceptableFrom",
    value: (s, d) => writeAcceptableCells(d.issues.get(s.issueId), s.acceptable).from,
  },
  {
    id: "acceptable-to",
    header: "Acceptable to",
    csvName: "acceptableTo",
    value: (s, d) => writeAcceptableCells(d.issues.get(s.issueId), s.acceptable).to,
  },
  {
    id: "condition-links",
    header: "Condition links",
    csvName: "conditionLinks",
    value: (s, d) => writeConditionLinksCell(s.conditionLinks, (id) => d.issues.get(id)),
  },
  { id: "also-in", header: "Also in", csvName: "alsoIn", value: (s) => writeIdListCell(s.alsoIn) },
  {
    id: "quote-start",
    header: "Quote start",
    csvName: "quoteStart",
    value: (s) => optionalNumber(s.quoteStart),
  },
  {
    id: "quote-end",
    header: "Quote end",
    csvName: "quoteEnd",
    value: (s) => optionalNumber(s.quoteEnd),
  },
];
