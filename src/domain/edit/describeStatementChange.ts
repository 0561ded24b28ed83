// A statement in the change history, named the way a coder knows it (speaker, issue, date) and,
// for an edit, what changed: "Edited statement: Ana Velt on Upland dam, 15 May 2025 (date
// 15 May 2025 → 11 May 2025)". An id means nothing to a reader scanning the history.
import type { Dataset, Statement } from "../schema";
import { statementLabel } from "../statementLabel";
import { formatDate } from "../statementText";

// At most this many differences are spelled out; the rest are counted.
const SHOWN = 3;

const quoted = (text: string) => `“${text}”`;

function nameIn(list: ReadonlyArray<{ id: string; name: string }>, id: string): string {
  return list.find((item) => item.id === id)?.name ?? id;
}

function stanceName(dataset: Dataset, issueId: string, stanceId: string | null): string {
  if (stanceId === null) return "no clear stance";
  const issue = dataset.issues.find((candidate) => candidate.id === issueId);
  const stance = issue?.stances.find((candidate) => candidate.id === stanceId);
  return quoted(stance?.label ?? stanceId);
}

// Each difference as "field old → new", or the field's name where its text is long.
function differences(old: Statement, next: Statement, dataset: Dataset): string[] {
  const found: string[] = [];
  const oldDate = formatDate(old.date, old.datePrecision);
  const nextDate = formatDate(next.date, next.datePrecision);
  if (oldDate !== nextDate) found.push(`date ${oldDate} → ${nextDate}`);
  if ((old.dateBasis ?? "stated") !== (next.dateBasis ?? "stated"))
    found.push(`date basis ${old.dateBasis ?? "stated"} → ${next.dateBasis ?? "stated"}`);
  if (old.speaker.name !== next.speaker.name)
    found.push(`speaker ${old.speaker.name} → ${next.speaker.name}`);
  else if (old.speaker.role !== next.speaker.role) found.push("speaker's role");
  if (old.partyId !== next.partyId)
    found.push(
      `party ${nameIn(dataset.parties, old.partyId)} → ${nameIn(dataset.parties, next.partyId)}`,
    );
  if (old.issueId !== next.issueId)
    found.push(
      `issue ${nameIn(dataset.issues, old.issueId)} → ${nameIn(dataset.issues, next.issueId)}`,
    );
  else if (old.stanceId !== next.stanceId)
    found.push(
      `stance ${stanceName(dataset, old.issueId, old.stanceId)} → ${stanceName(dataset, next.issueId, next.stanceId)}`,
    );
  if ((old.firmness ?? null) !== (next.firmness ?? null))
    found.push(`firmness ${old.firmness ?? "none"} → ${next.firmness ?? "none"}`);
  const texts: Array<[keyof Statement, string]> = [
    ["quote", "quote"],
    ["quoteKind", "quote kind"],
    ["summary", "summary"],
    ["conditions", "conditions"],
    ["dateNote", "date note"],
    ["sourceId", "source"],
  ];
  for (const [field, words] of texts)
    if ((old[field] ?? null) !== (next[field] ?? null)) found.push(words);
  if (JSON.stringify(old.acceptable ?? null) !== JSON.stringify(next.acceptable ?? null))
    found.push("acceptable range");
  if (JSON.stringify(old.reportedBy ?? null) !== JSON.stringify(next.reportedBy ?? null))
    found.push("reported by");
  return found;
}

export function describeStatementEdit(old: Statement, next: Statement, dataset: Dataset): string {
  const found = differences(old, next, dataset);
  const name = `Edited statement: ${statementLabel(old, dataset)}`;
  if (found.length === 0) return name;
  const shown = found.slice(0, SHOWN);
  const more = found.length - shown.length;
  return `${name} (${shown.join("; ")}${more > 0 ? `; and ${more} more` : ""})`;
}

export function describeStatement(verb: string, statement: Statement, dataset: Dataset): string {
  return `${verb} statement: ${statementLabel(statement, dataset)}`;
}
