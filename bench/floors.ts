// The floors: for each task, the plainest single pass over the same statements that gives the
// same answer, written by hand with no index, cache or shared helper. A selector's time is
// read against its floor, measured in the same run on the same data.
import type { Dataset, Statement } from "../src/domain/schema";
import {
  writeAcceptableCells,
  writeConditionLinksCell,
  writeIdListCell,
} from "../src/domain/statementCells";

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
  "Source published,Source URL,Statement id,Reported by role,Party id,Issue id,Stance id," +
  "Source id,Source kind,Date basis,Firmness,Acceptable from,Acceptable to,Condition links," +
  "Also in,Quote start,Quote end\r\n";

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
    const acceptable = writeAcceptableCells(issue, s.acceptable);
    out +=
      `${field(s.date)},${field(s.datePrecision)},${field(s.dateNote ?? "")},` +
      `${field(parties.get(s.partyId)?.name ?? s.partyId)},${field(s.speaker.name)},` +
      `${field(s.speaker.role)},` +
      `${field(s.reportedBy?.name ?? "")},` +
      `${field(issue?.name ?? s.issueId)},` +
      `${field(s.stanceId === null ? "No clear stance" : (stance?.label ?? s.stanceId))},` +
      `${position === -1 ? "" : `${position + 1} of ${issue?.stances.length}`},` +
      `${field(s.summary)},${field(s.quote ?? "")},${s.quoteKind},${field(s.conditions ?? "")},` +
      `${field(source ? (source.published ? `${source.outlet}, ${source.published}` : source.outlet) : s.sourceId)},` +
      `${field(source?.outlet ?? "")},${field(source?.title ?? "")},` +
      `${field(source?.published ?? "")},${field(source?.url ?? "")},${field(s.id)},` +
      // The v2 columns (statementColumnsV2.ts), with its cell formats.
      `${field(s.reportedBy?.role ?? "")},${field(s.partyId)},${field(s.issueId)},` +
      `${field(s.stanceId ?? "")},${field(s.sourceId)},${field(source?.kind ?? "")},` +
      `${field(s.dateBasis ?? "")},${field(s.firmness ?? "")},` +
      `${field(acceptable.from)},${field(acceptable.to)},` +
      `${field(writeConditionLinksCell(s.conditionLinks, (id) => issues.get(id)))},` +
      `${field(writeIdListCell(s.alsoIn))},${s.quoteStart ?? ""},${s.quoteEnd ?? ""}\r\n`;
  }
  return out;
}

// One pass keeping each cell's latest stance and latest range up to the date (with the order
// they came in), then each issue's zone or gap: what dealSpaceAsOf answers. Relies on the
// statements being in date order, as the generator writes them.
export function dealSpaceFloor(dataset: Dataset, date: string): Map<string, number> {
  const positions = new Map(
    dataset.issues.map((issue) => [issue.id, new Map(issue.stances.map((s, i) => [s.id, i]))]),
  );
  const stance = new Map<string, [number, number]>();
  const range = new Map<string, [number, number, number]>();
  const statements = dataset.statements;
  for (let n = 0; n < statements.length; n++) {
    const s = statements[n] as Statement;
    if (s.date > date) break;
    const scale = positions.get(s.issueId);
    const key = `${s.issueId}|${s.partyId}`;
    const at = s.stanceId === null ? undefined : scale?.get(s.stanceId);
    if (at !== undefined) stance.set(key, [at, n]);
    if (s.acceptable) {
      const from = scale?.get(s.acceptable.from);
      const to = scale?.get(s.acceptable.to);
      if (from !== undefined && to !== undefined) range.set(key, [from, to, n]);
    }
  }
  // Per issue: the highest start and the lowest end over the parties' stretches.
  const highestFrom = new Map<string, number>();
  const lowestTo = new Map<string, number>();
  for (const issue of dataset.issues)
    for (const party of dataset.parties) {
      const key = `${issue.id}|${party.id}`;
      const held = stance.get(key);
      const kept = range.get(key);
      const isReplaced =
        held && kept && held[1] > kept[2] && (held[0] < kept[0] || held[0] > kept[1]);
      const from = kept && !isReplaced ? kept[0] : held?.[0];
      const to = kept && !isReplaced ? kept[1] : held?.[0];
      if (from === undefined || to === undefined) continue;
      highestFrom.set(issue.id, Math.max(highestFrom.get(issue.id) ?? -1, from));
      lowestTo.set(issue.id, Math.min(lowestTo.get(issue.id) ?? 99, to));
    }
  const gaps = new Map<string, number>();
  for (const [issueId, from] of highestFrom) gaps.set(issueId, from - (lowestTo.get(issueId) ?? 0));
  return gaps;
}

// One pass keeping each cell's latest stated stance at `from` and at `to`: the input of
// movementBetween (the per-issue means over a dozen parties are not a pass over statements).
export function movementFloor(dataset: Dataset, from: string, to: string) {
  const positions = new Map(
    dataset.issues.map((issue) => [issue.id, new Map(issue.stances.map((s, i) => [s.id, i]))]),
  );
  const atFrom = new Map<string, number>();
  const atTo = new Map<string, number>();
  for (const s of dataset.statements) {
    if (s.date > to) break;
    if (s.dateBasis === "standing" || s.stanceId === null) continue;
    const at = positions.get(s.issueId)?.get(s.stanceId);
    if (at === undefined) continue;
    const key = `${s.issueId}|${s.partyId}`;
    atTo.set(key, at);
    if (s.date <= from) atFrom.set(key, at);
  }
  return { atFrom, atTo };
}

// One pass pairing each stated statement with the latest earlier one at a stance at least
// minSteps away, by another speaker, within maxDays (findContradictions' rule), with
// string-keyed maps instead of the index; returns how many statements are paired.
export function contradictionFloor(dataset: Dataset, minSteps: number, maxDays: number): number {
  const positions = new Map(
    dataset.issues.map((issue) => [issue.id, new Map(issue.stances.map((s, i) => [s.id, i]))]),
  );
  type Heard = { speaker: string; day: number };
  const latest = new Map<string, Heard>();
  const latestOther = new Map<string, Heard>();
  let found = 0;
  for (const s of dataset.statements) {
    if (s.dateBasis === "standing" || s.stanceId === null) continue;
    const scale = positions.get(s.issueId);
    const at = scale?.get(s.stanceId);
    if (scale === undefined || at === undefined) continue;
    const day = Date.parse(s.date) / 86_400_000;
    for (let other = 0; other < scale.size; other++) {
      if (Math.abs(other - at) < minSteps) continue;
      const key = `${s.issueId}|${s.partyId}|${other}`;
      const last = latest.get(key);
      const heard = last && last.speaker !== s.speaker.name ? last : latestOther.get(key);
      if (heard && day - heard.day <= maxDays) {
        found++;
        break;
      }
    }
    const key = `${s.issueId}|${s.partyId}|${at}`;
    const last = latest.get(key);
    if (last && last.speaker !== s.speaker.name) latestOther.set(key, last);
    latest.set(key, { speaker: s.speaker.name, day });
  }
  return found;
}
