// The checks of meta.reviewed a schema cannot say: each resolution names exactly one subject
// (events, statements, or an issue with its stances), every id resolves, a stance is one of its
// issue's, and no flag is resolved twice. Loops only, like referenceChecks.ts.
import { describeValue, type ProblemList } from "./problemList";
import type { Dataset, Issue, ReviewResolution } from "./schema";

function checkIds(
  at: string,
  ids: readonly string[] | undefined,
  known: ReadonlySet<string>,
  what: string,
  problems: ProblemList,
) {
  const seen = new Set<string>();
  for (let i = 0; i < (ids ?? []).length; i++) {
    const id = (ids as readonly string[])[i] as string;
    if (!known.has(id))
      problems.add({ path: `${at}[${i}]`, expected: `${what} id`, found: describeValue(id) });
    else if (seen.has(id))
      problems.add({
        path: `${at}[${i}]`,
        expected: `${what} not listed before`,
        found: describeValue(id),
      });
    seen.add(id);
  }
}

function subjectCount(resolution: ReviewResolution): number {
  return (
    (resolution.eventIds ? 1 : 0) +
    (resolution.statementIds ? 1 : 0) +
    (resolution.issueId !== undefined || resolution.stanceIds ? 1 : 0)
  );
}

function checkIssueSubject(
  at: string,
  resolution: ReviewResolution,
  issues: ReadonlyMap<string, Issue>,
  problems: ProblemList,
) {
  if (resolution.issueId === undefined) {
    problems.add({
      path: `${at}.issueId`,
      expected: "the issue the stances are of",
      found: "nothing (missing)",
    });
    return;
  }
  const issue = issues.get(resolution.issueId);
  if (!issue) {
    problems.add({
      path: `${at}.issueId`,
      expected: "an issue id",
      found: describeValue(resolution.issueId),
    });
    return;
  }
  checkIds(
    `${at}.stanceIds`,
    resolution.stanceIds,
    new Set(issue.stances.map((s) => s.id)),
    `a stance of issue "${issue.id}"`,
    problems,
  );
}

const keyOf = (resolution: ReviewResolution) =>
  JSON.stringify([
    resolution.rule,
    [...(resolution.eventIds ?? [])].sort(),
    [...(resolution.statementIds ?? [])].sort(),
    resolution.issueId ?? "",
    [...(resolution.stanceIds ?? [])].sort(),
  ]);

export function checkReviewed(dataset: Dataset, problems: ProblemList): void {
  const list = dataset.meta.reviewed ?? [];
  if (list.length === 0) return;
  const statementIds = new Set(dataset.statements.map((s) => s.id));
  const eventIds = new Set((dataset.events ?? []).map((e) => e.id));
  const issues = new Map(dataset.issues.map((issue) => [issue.id, issue]));
  const seen = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const resolution = list[i] as ReviewResolution;
    const at = `meta.reviewed[${i}]`;
    if (subjectCount(resolution) !== 1) {
      problems.add({
        path: at,
        expected: "one subject: eventIds, statementIds, or issueId with stanceIds",
        found: subjectCount(resolution) === 0 ? "none" : "more than one",
      });
      continue;
    }
    if (resolution.eventIds)
      checkIds(`${at}.eventIds`, resolution.eventIds, eventIds, "an event", problems);
    else if (resolution.statementIds)
      checkIds(
        `${at}.statementIds`,
        resolution.statementIds,
        statementIds,
        "a statement",
        problems,
      );
    else checkIssueSubject(at, resolution, issues, problems);
    const key = keyOf(resolution);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else
      problems.add({
        path: at,
        expected: `a flag not resolved before (meta.reviewed[${first}] resolves it)`,
        found: `rule ${describeValue(resolution.rule)} again`,
      });
  }
}
