// The floors: for each task, the plainest single pass over the same statements that gives the
// same answer, written by hand with no index, cache or shared helper. A selector's time is
// read against its floor, measured in the same run on the same data.
import type { Dataset, Statement } from "../src/domain/schema";

// One pass keeping each party's latest clear stance on each issue up to the date.
export function matrixFloor(dataset: Dataset, date: string): Map<string, string> {
  const latest = new Map<string, string>();
  for (const s of dataset.statements)
    if (s.date <= date && s.stanceId !== null) latest.set(`${s.partyId}|${s.issueId}`, s.stanceId);
  return latest;
}

// One pass collecting one issue's statements by party, with each stance's position.
export function seriesFloor(dataset: Dataset, issueId: string) {
  const issue = dataset.issues.find((candidate) => candidate.id === issueId);
  const positions = new Map(issue?.stances.map((stance, i) => [stance.id, i]));
  const byParty = new Map<string, { date: string; stanceIndex: number | null }[]>();
  for (const s of dataset.statements) {
    if (s.issueId !== issueId) continue;
    let points = byParty.get(s.partyId);
    if (!points) {
      points = [];
      byParty.set(s.partyId, points);
    }
    points.push({
      date: s.date,
      stanceIndex: s.stanceId === null ? null : (positions.get(s.stanceId) ?? null),
    });
  }
  return byParty;
}

// One pass testing already-folded search strings for a substring.
export function textFloor(haystacks: readonly string[], needle: string): number[] {
  const hits: number[] = [];
  for (let i = 0; i < haystacks.length; i++)
    if ((haystacks[i] as string).includes(needle)) hits.push(i);
  return hits;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

function field(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const HEADER =
  "Date,Date precision,Date note,Party,Speaker,Speaker role,Reported by,Issue,Stance," +
  "Stance position,Summary,Quote,Quote kind,Conditions,Source,Source outlet,Source title," +
  "Source published,Source URL,Statement id\r\n";

// One pass writing every column of the statements table as CSV, byte for byte what
// writeCsv(statementsToRows(...)) writes for day-precision statements (the generator's).
export function csvFloor(dataset: Dataset, statements: readonly Statement[]): string {
  const parties = new Map(dataset.parties.map((p) => [p.id, p]));
  const issues = new Map(dataset.issues.map((i) => [i.id, i]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  let out = `\uFEFF${HEADER}`;
  for (const s of statements) {
    const issue = issues.get(s.issueId);
    const source = sources.get(s.sourceId);
    const position = issue?.stances.findIndex((stance) => stance.id === s.stanceId) ?? -1;
    const stance = position === -1 ? undefined : issue?.stances[position];
    out +=
      `${field(s.date)},${field(s.datePrecision)},${field(s.dateNote ?? "")},` +
      `${field(parties.get(s.partyId)?.name ?? s.partyId)},${field(s.speaker.name)},` +
      `${field(s.speaker.role)},` +
      `${field(s.reportedBy ? `${s.reportedBy.name} (${s.reportedBy.role})` : "")},` +
      `${field(issue?.name ?? s.issueId)},` +
      `${field(s.stanceId === null ? "No clear stance" : (stance?.label ?? s.stanceId))},` +
      `${position === -1 ? "" : `${position + 1} of ${issue?.stances.length}`},` +
      `${field(s.summary)},${field(s.quote ?? "")},${s.quoteKind},${field(s.conditions ?? "")},` +
      `${field(source ? (source.published ? `${source.outlet}, ${source.published}` : source.outlet) : s.sourceId)},` +
      `${field(source?.outlet ?? "")},${field(source?.title ?? "")},` +
      `${field(source?.published ?? "")},${field(source?.url ?? "")},${field(s.id)}\r\n`;
  }
  return out;
}
