// Parses unknown input into a Dataset, or into the list of every problem found.
// Shape problems come from the zod schema; the checks below it are the ones a schema
// cannot say: unique ids, references that resolve, and dates that fit their sources.
import type { z } from "zod";
import type { Problem } from "./result";
import { type Dataset, datasetSchema } from "./schema";

export type { Problem };

export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || "(root)";
}

// A short, safe rendering of the value found, for an error message.
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing (missing)";
  if (value === null) return "null";
  if (typeof value === "string") {
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return JSON.stringify(shown);
  }
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === "object") return "an object";
  return String(value);
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function expectedFromIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.expected === "nonoptional" ? "a value" : `${issue.expected}`;
    case "too_small":
      return issue.origin === "string"
        ? `text of at least ${String(issue.minimum)} character(s)`
        : issue.origin === "array"
          ? `at least ${String(issue.minimum)} item(s)`
          : issue.message;
    case "too_big":
      return issue.origin === "string"
        ? `text of at most ${String(issue.maximum)} characters`
        : issue.message;
    case "invalid_format":
      return issue.format === "date" ? "an ISO date (YYYY-MM-DD) that exists" : issue.message;
    case "invalid_value":
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "unrecognized_keys":
      return `no keys ${issue.keys.join(", ")}`;
    default:
      return issue.message;
  }
}

function shapeProblems(input: unknown, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path),
    expected: expectedFromIssue(issue),
    found: describeValue(valueAt(input, issue.path)),
  }));
}

function duplicateIdProblems(list: ReadonlyArray<{ id: string }>, name: string): Problem[] {
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  list.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else
      problems.push({
        path: `${name}[${i}].id`,
        expected: `an id not used before (${name}[${first}] has it)`,
        found: describeValue(item.id),
      });
  });
  return problems;
}

// Checks that need the whole dataset: ids, references, dates against sources.
export function referenceProblems(dataset: Dataset): Problem[] {
  const problems: Problem[] = [
    ...duplicateIdProblems(dataset.parties, "parties"),
    ...duplicateIdProblems(dataset.issues, "issues"),
    ...duplicateIdProblems(dataset.sources, "sources"),
    ...duplicateIdProblems(dataset.statements, "statements"),
  ];
  dataset.issues.forEach((issue, i) => {
    problems.push(...duplicateIdProblems(issue.stances, `issues[${i}].stances`));
  });
  const partyIds = new Set(dataset.parties.map((p) => p.id));
  const issuesById = new Map(dataset.issues.map((issue) => [issue.id, issue]));
  const sourcesById = new Map(dataset.sources.map((s) => [s.id, s]));
  const partyList = [...partyIds].slice(0, 8).join(", ");

  dataset.statements.forEach((statement, i) => {
    const at = `statements[${i}]`;
    if (!partyIds.has(statement.partyId))
      problems.push({
        path: `${at}.partyId`,
        expected: `a party id (${partyList})`,
        found: describeValue(statement.partyId),
      });
    const issue = issuesById.get(statement.issueId);
    if (!issue)
      problems.push({
        path: `${at}.issueId`,
        expected: `an issue id (${[...issuesById.keys()].slice(0, 8).join(", ")})`,
        found: describeValue(statement.issueId),
      });
    else if (
      statement.stanceId !== null &&
      !issue.stances.some((stance) => stance.id === statement.stanceId)
    )
      problems.push({
        path: `${at}.stanceId`,
        expected: `null or a stance of issue "${issue.id}" (${issue.stances.map((s) => s.id).join(", ")})`,
        found: describeValue(statement.stanceId),
      });
    const source = sourcesById.get(statement.sourceId);
    if (!source)
      problems.push({
        path: `${at}.sourceId`,
        expected: "a source id",
        found: describeValue(statement.sourceId),
      });
    else if (source.published !== null && statement.date > source.published)
      problems.push({
        path: `${at}.date`,
        expected: `a date on or before its source was published (${source.published})`,
        found: describeValue(statement.date),
      });
    if (statement.datePrecision === "month" && !statement.date.endsWith("-01"))
      problems.push({
        path: `${at}.date`,
        expected: "the first day of the month, as datePrecision is month",
        found: describeValue(statement.date),
      });
    if (statement.datePrecision === "year" && !statement.date.endsWith("-01-01"))
      problems.push({
        path: `${at}.date`,
        expected: "the first day of the year, as datePrecision is year",
        found: describeValue(statement.date),
      });
  });
  return problems;
}

// The one validator: `npm run validate`, imports and tests all call this.
export function parseDataset(input: unknown): ParseResult {
  const shaped = datasetSchema.safeParse(input);
  if (!shaped.success) return { ok: false, problems: shapeProblems(input, shaped.error) };
  const problems = referenceProblems(shaped.data);
  return problems.length ? { ok: false, problems } : { ok: true, dataset: shaped.data };
}

export function formatProblem(problem: Problem): string {
  return `${problem.path}: expected ${problem.expected}, found ${problem.found}`;
}
