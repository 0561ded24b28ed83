// Parses unknown input into a Dataset, or into the list of every problem found.
// Shape problems come from the zod schema, applied one record at a time so that no list of
// issues grows with the file (zod merges a list's issues with `push(...issues)`, which
// overflowed the stack at 130,000 bad statements); the checks a schema cannot say are in
// referenceChecks.ts. Never throws, never recurses into the input.
import type { z } from "zod";
import { DATASET_LIMITS, LIMIT_NOTE } from "./limits";
import { describeValue, formatPath, ProblemList } from "./problemList";
import { checkReferences } from "./referenceChecks";
import { fail, type Problem, type Result, succeed } from "./result";
import {
  type Dataset,
  eventSchema,
  issueSchema,
  metaSchema,
  partySchema,
  sourceSchema,
  statementSchema,
} from "./schema";
import { twinNameWarnings } from "./twinNames";
import { unknownFieldWarnings } from "./unknownFields";

export type { Problem };
export { describeValue, formatPath };

export type ParseResult = Result<Dataset>;

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
        : issue.origin === "array"
          ? `at most ${String(issue.maximum)} item(s) (${LIMIT_NOTE})`
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

// Parses one record; its problems are added with `prefix` before their paths.
function parseRecord<T>(
  schema: z.ZodType<T>,
  input: unknown,
  prefix: PropertyKey[],
  problems: ProblemList,
): T | undefined {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues)
    problems.add({
      path: formatPath([...prefix, ...issue.path]),
      expected: expectedFromIssue(issue),
      found: describeValue(valueAt(input, issue.path)),
    });
  return undefined;
}

const LISTS = [
  { key: "parties", schema: partySchema, max: DATASET_LIMITS.parties, min: 1 },
  { key: "issues", schema: issueSchema, max: DATASET_LIMITS.issues, min: 1 },
  { key: "sources", schema: sourceSchema, max: DATASET_LIMITS.sources, min: 0 },
  { key: "statements", schema: statementSchema, max: DATASET_LIMITS.statements, min: 0 },
  { key: "events", schema: eventSchema, max: DATASET_LIMITS.events, min: 0 },
] as const;

// A list too long for Parley is refused before any record of it is read.
function limitProblems(root: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  for (const { key, max } of LISTS) {
    const list = Object.hasOwn(root, key) ? root[key] : undefined;
    if (Array.isArray(list) && list.length > max)
      problems.push({
        path: key,
        expected: `at most ${max.toLocaleString("en-GB")} ${key} (${LIMIT_NOTE})`,
        found: `${list.length.toLocaleString("en-GB")} ${key}`,
      });
  }
  return problems;
}

function parseList(
  root: Record<string, unknown>,
  { key, schema, min }: (typeof LISTS)[number],
  problems: ProblemList,
): unknown[] | undefined {
  const list = Object.hasOwn(root, key) ? root[key] : undefined;
  if (list === undefined && key === "events") return undefined;
  if (!Array.isArray(list)) {
    problems.add({ path: key, expected: "array", found: describeValue(list) });
    return [];
  }
  if (list.length < min)
    problems.add({ path: key, expected: `at least ${min} item(s)`, found: describeValue(list) });
  const parsed: unknown[] = new Array(list.length);
  for (let i = 0; i < list.length; i++)
    parsed[i] = parseRecord(schema as z.ZodType<unknown>, list[i], [key, i], problems);
  return parsed;
}

function failure(problems: ProblemList): ParseResult {
  const result = fail(problems.listed);
  if (problems.count > problems.listed.length) result.problemCount = problems.count;
  return result;
}

// The one validator: `npm run validate`, imports, stored datasets and tests all call this.
// On success, `warnings` names the fields the contract does not know (they are left out) and
// names that read the same (twinNames.ts).
export function parseDataset(input: unknown): ParseResult {
  const problems = new ProblemList();
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    problems.add({ path: "(root)", expected: "object", found: describeValue(input) });
    return failure(problems);
  }
  const root = input as Record<string, unknown>;
  const tooLong = limitProblems(root);
  if (tooLong.length) return fail(tooLong);
  const meta = parseRecord(
    metaSchema,
    Object.hasOwn(root, "meta") ? root.meta : undefined,
    ["meta"],
    problems,
  );
  const lists = LISTS.map((list) => parseList(root, list, problems));
  if (!problems.isEmpty) return failure(problems);
  const [parties, issues, sources, statements, events] = lists;
  const dataset = { meta, parties, issues, sources, statements } as Dataset;
  if (events) dataset.events = events as Dataset["events"];
  checkReferences(dataset, problems);
  if (!problems.isEmpty) return failure(problems);
  return succeed(dataset, [...unknownFieldWarnings(root), ...twinNameWarnings(dataset)]);
}

export function formatProblem(problem: Problem): string {
  return `${problem.path}: expected ${problem.expected}, found ${problem.found}`;
}
