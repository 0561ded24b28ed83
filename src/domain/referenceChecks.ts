// The checks a schema cannot say, run on a dataset whose shape is valid: unique ids,
// references that resolve, dates that fit their sources, and the v2 fields' rules (README,
// "The data format"). Loops only: nothing here recurses or spreads a list into a call.
import { describeValue, type ProblemList } from "./problemList";
import { checkReviewed } from "./reviewedChecks";
import type { Dataset, Issue, NegotiationEvent, Source, Statement } from "./schema";

function checkUniqueIds(list: ReadonlyArray<{ id: string }>, name: string, problems: ProblemList) {
  const seen = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const id = (list[i] as { id: string }).id;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else
      problems.add({
        path: `${name}[${i}].id`,
        expected: `an id not used before (${name}[${first}] has it)`,
        found: describeValue(id),
      });
  }
}

interface Lookups {
  partyIds: Set<string>;
  issuesById: Map<string, Issue>;
  sourcesById: Map<string, Source>;
}

const firstIds = (ids: Iterable<string>) => [...ids].slice(0, 8).join(", ");
const stanceIdsOf = (issue: Issue) => issue.stances.map((s) => s.id).join(", ");
const indexOfStance = (issue: Issue, id: string) => issue.stances.findIndex((s) => s.id === id);

function checkDatePrecision(
  at: string,
  item: { date: string; datePrecision: string },
  problems: ProblemList,
) {
  if (item.datePrecision === "month" && !item.date.endsWith("-01"))
    problems.add({
      path: `${at}.date`,
      expected: "the first day of the month, as datePrecision is month",
      found: describeValue(item.date),
    });
  if (item.datePrecision === "year" && !item.date.endsWith("-01-01"))
    problems.add({
      path: `${at}.date`,
      expected: "the first day of the year, as datePrecision is year",
      found: describeValue(item.date),
    });
}

function checkNotAfterSource(at: string, date: string, source: Source, problems: ProblemList) {
  if (source.published !== null && date > source.published)
    problems.add({
      path: `${at}.date`,
      expected: `a date on or before its source was published (${source.published})`,
      found: describeValue(date),
    });
}

// Both ends are stances of the statement's issue, in scale order, around the stated stance.
function checkAcceptable(at: string, statement: Statement, issue: Issue, problems: ProblemList) {
  const range = statement.acceptable;
  if (!range) return;
  const from = indexOfStance(issue, range.from);
  const to = indexOfStance(issue, range.to);
  for (const [end, index] of [
    ["from", from],
    ["to", to],
  ] as const)
    if (index === -1)
      problems.add({
        path: `${at}.acceptable.${end}`,
        expected: `a stance of issue "${issue.id}" (${stanceIdsOf(issue)})`,
        found: describeValue(range[end]),
      });
  if (from === -1 || to === -1) return;
  if (from > to)
    problems.add({
      path: `${at}.acceptable`,
      expected: `"from" not after "to" in the scale order of issue "${issue.id}" (${stanceIdsOf(issue)})`,
      found: `from ${describeValue(range.from)} to ${describeValue(range.to)}`,
    });
  else if (statement.stanceId !== null) {
    const stated = indexOfStance(issue, statement.stanceId);
    if (stated !== -1 && (stated < from || stated > to))
      problems.add({
        path: `${at}.acceptable`,
        expected: `a range that holds the stated stance ${describeValue(statement.stanceId)}`,
        found: `from ${describeValue(range.from)} to ${describeValue(range.to)}`,
      });
  }
}

function checkAlsoIn(at: string, statement: Statement, lookups: Lookups, problems: ProblemList) {
  const seen = new Set<string>();
  const list = statement.alsoIn ?? [];
  for (let i = 0; i < list.length; i++) {
    const sourceId = list[i] as string;
    const path = `${at}.alsoIn[${i}]`;
    if (!lookups.sourcesById.has(sourceId))
      problems.add({ path, expected: "a source id", found: describeValue(sourceId) });
    else if (sourceId === statement.sourceId)
      problems.add({
        path,
        expected: "another source than the statement's own sourceId",
        found: describeValue(sourceId),
      });
    else if (seen.has(sourceId))
      problems.add({
        path,
        expected: "a source not listed before in alsoIn",
        found: describeValue(sourceId),
      });
    seen.add(sourceId);
  }
}

function checkConditionLinks(
  at: string,
  statement: Statement,
  lookups: Lookups,
  problems: ProblemList,
) {
  const links = statement.conditionLinks ?? [];
  for (let i = 0; i < links.length; i++) {
    const link = links[i] as { issueId: string; stanceId: string };
    const path = `${at}.conditionLinks[${i}]`;
    const issue = lookups.issuesById.get(link.issueId);
    if (!issue)
      problems.add({
        path: `${path}.issueId`,
        expected: `an issue id (${firstIds(lookups.issuesById.keys())})`,
        found: describeValue(link.issueId),
      });
    else if (link.issueId === statement.issueId)
      problems.add({
        path: `${path}.issueId`,
        expected: "another issue than the statement's own (a condition ties it to a second issue)",
        found: describeValue(link.issueId),
      });
    else if (indexOfStance(issue, link.stanceId) === -1)
      problems.add({
        path: `${path}.stanceId`,
        expected: `a stance of issue "${issue.id}" (${stanceIdsOf(issue)})`,
        found: describeValue(link.stanceId),
      });
  }
}

// quoteStart/quoteEnd come together, start before end, and, where the source keeps its
// text, mark exactly the quote in it.
function checkQuoteOffsets(
  at: string,
  statement: Statement,
  source: Source | undefined,
  problems: ProblemList,
) {
  const { quoteStart: start, quoteEnd: end } = statement;
  if (start === undefined && end === undefined) return;
  if (start === undefined || end === undefined) {
    const missing = start === undefined ? "quoteStart" : "quoteEnd";
    problems.add({
      path: `${at}.${missing}`,
      expected: "quoteStart and quoteEnd given together",
      found: "nothing (missing)",
    });
    return;
  }
  if (start >= end) {
    problems.add({
      path: `${at}.quoteEnd`,
      expected: `an offset after quoteStart (${start})`,
      found: String(end),
    });
    return;
  }
  if (statement.quote === null) {
    problems.add({ path: `${at}.quote`, expected: "the quote the offsets mark", found: "null" });
    return;
  }
  const text = source?.text;
  if (typeof text !== "string") return;
  if (end > text.length)
    problems.add({
      path: `${at}.quoteEnd`,
      expected: `an offset within the source's text (at most ${text.length})`,
      found: String(end),
    });
  else if (text.slice(start, end) !== statement.quote)
    problems.add({
      path: `${at}.quoteStart`,
      expected: "offsets whose slice of the source's text is the quote, character for character",
      found: describeValue(text.slice(start, end)),
    });
}

function checkStatement(at: string, statement: Statement, lookups: Lookups, problems: ProblemList) {
  if (!lookups.partyIds.has(statement.partyId))
    problems.add({
      path: `${at}.partyId`,
      expected: `a party id (${firstIds(lookups.partyIds)})`,
      found: describeValue(statement.partyId),
    });
  const issue = lookups.issuesById.get(statement.issueId);
  if (!issue)
    problems.add({
      path: `${at}.issueId`,
      expected: `an issue id (${firstIds(lookups.issuesById.keys())})`,
      found: describeValue(statement.issueId),
    });
  else {
    if (statement.stanceId !== null && indexOfStance(issue, statement.stanceId) === -1)
      problems.add({
        path: `${at}.stanceId`,
        expected: `null or a stance of issue "${issue.id}" (${stanceIdsOf(issue)})`,
        found: describeValue(statement.stanceId),
      });
    checkAcceptable(at, statement, issue, problems);
  }
  const source = lookups.sourcesById.get(statement.sourceId);
  if (!source)
    problems.add({
      path: `${at}.sourceId`,
      expected: "a source id",
      found: describeValue(statement.sourceId),
    });
  else checkNotAfterSource(at, statement.date, source, problems);
  checkDatePrecision(at, statement, problems);
  checkAlsoIn(at, statement, lookups, problems);
  checkConditionLinks(at, statement, lookups, problems);
  checkQuoteOffsets(at, statement, source, problems);
}

function checkEvent(at: string, event: NegotiationEvent, lookups: Lookups, problems: ProblemList) {
  for (let i = 0; i < event.partyIds.length; i++) {
    const partyId = event.partyIds[i] as string;
    if (!lookups.partyIds.has(partyId))
      problems.add({
        path: `${at}.partyIds[${i}]`,
        expected: `a party id (${firstIds(lookups.partyIds)})`,
        found: describeValue(partyId),
      });
  }
  const source = lookups.sourcesById.get(event.sourceId);
  if (!source)
    problems.add({
      path: `${at}.sourceId`,
      expected: "a source id",
      found: describeValue(event.sourceId),
    });
  else checkNotAfterSource(at, event.date, source, problems);
  checkDatePrecision(at, event, problems);
}

export function checkReferences(dataset: Dataset, problems: ProblemList): void {
  checkUniqueIds(dataset.parties, "parties", problems);
  checkUniqueIds(dataset.issues, "issues", problems);
  checkUniqueIds(dataset.sources, "sources", problems);
  checkUniqueIds(dataset.statements, "statements", problems);
  const events = dataset.events ?? [];
  checkUniqueIds(events, "events", problems);
  for (let i = 0; i < dataset.issues.length; i++)
    checkUniqueIds((dataset.issues[i] as Issue).stances, `issues[${i}].stances`, problems);
  const lookups: Lookups = {
    partyIds: new Set(dataset.parties.map((p) => p.id)),
    issuesById: new Map(dataset.issues.map((issue) => [issue.id, issue])),
    sourcesById: new Map(dataset.sources.map((s) => [s.id, s])),
  };
  for (let i = 0; i < dataset.statements.length; i++)
    checkStatement(`statements[${i}]`, dataset.statements[i] as Statement, lookups, problems);
  for (let i = 0; i < events.length; i++)
    checkEvent(`events[${i}]`, events[i] as NegotiationEvent, lookups, problems);
  checkReviewed(dataset, problems);
}
