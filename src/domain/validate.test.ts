import { describe, expect, it } from "vitest";
import { makeDataset, makeIssue, makeParty, makeStatement } from "./__fixtures__/makeDataset";
import type { Dataset } from "./schema";
import { formatProblem, parseDataset } from "./validate";

function validDataset(): Dataset {
  const dataset = makeDataset("checks", {
    parties: [makeParty("a"), makeParty("b")],
    issues: [makeIssue("land", ["keep", "split", "cede"])],
    statements: [
      makeStatement({
        id: "s1",
        date: "2024-03-01",
        partyId: "a",
        issueId: "land",
        stanceId: "keep",
      }),
      makeStatement({
        id: "s2",
        date: "2024-04-01",
        partyId: "b",
        issueId: "land",
        stanceId: null,
      }),
    ],
  });
  dataset.sources[0] = { ...dataset.sources[0]!, published: "2024-05-01" };
  return dataset;
}

// Applies a change to a fresh valid dataset and returns the problems found.
function problemsAfter(change: (dataset: Dataset) => void) {
  const dataset = validDataset();
  change(dataset);
  const result = parseDataset(JSON.parse(JSON.stringify(dataset)));
  return result.ok ? [] : result.problems;
}

describe("parseDataset", () => {
  it("accepts a valid dataset", () => {
    expect(parseDataset(validDataset()).ok).toBe(true);
  });

  it.each([
    ["not an object", 42, "(root)", "object", "42"],
    ["missing statements", { meta: {}, parties: [], issues: [] }, "statements", "array", "missing"],
  ])("names the path for %s", (_name, input, path, expected, found) => {
    const result = parseDataset(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const problem = result.problems.find((p) => p.path === path);
    expect(problem?.expected).toContain(expected);
    expect(problem?.found).toContain(found);
  });

  it.each<[string, (dataset: Dataset) => void, string, string, string]>([
    [
      "an unknown party",
      (d) => {
        d.statements[0]!.partyId = "zz";
      },
      "statements[0].partyId",
      "a party id (a, b)",
      '"zz"',
    ],
    [
      "an unknown issue",
      (d) => {
        d.statements[1]!.issueId = "sea";
      },
      "statements[1].issueId",
      "an issue id (land)",
      '"sea"',
    ],
    [
      "a stance of another issue",
      (d) => {
        d.statements[0]!.stanceId = "nope";
      },
      "statements[0].stanceId",
      'null or a stance of issue "land" (keep, split, cede)',
      '"nope"',
    ],
    [
      "an unknown source",
      (d) => {
        d.statements[0]!.sourceId = "ghost";
      },
      "statements[0].sourceId",
      "a source id",
      '"ghost"',
    ],
    [
      "a statement dated after its source",
      (d) => {
        d.statements[1]!.date = "2024-06-02";
      },
      "statements[1].date",
      "on or before its source was published (2024-05-01)",
      '"2024-06-02"',
    ],
    [
      "a duplicate statement id",
      (d) => {
        d.statements[1]!.id = "s1";
      },
      "statements[1].id",
      "statements[0] has it",
      '"s1"',
    ],
    [
      "a duplicate stance id",
      (d) => {
        d.issues[0]!.stances[2]!.id = "keep";
      },
      "issues[0].stances[2].id",
      "an id not used before",
      '"keep"',
    ],
    [
      "a date that does not exist",
      (d) => {
        d.statements[0]!.date = "2023-02-29";
      },
      "statements[0].date",
      "ISO date",
      '"2023-02-29"',
    ],
    [
      "a month-precision date not on the first",
      (d) => {
        d.statements[0]!.datePrecision = "month";
        d.statements[0]!.date = "2024-03-15";
      },
      "statements[0].date",
      "first day of the month",
      '"2024-03-15"',
    ],
    [
      "a non-http URL",
      (d) => {
        d.sources[0]!.url = "javascript:alert(1)";
      },
      "sources[0].url",
      "http(s) URL",
      '"javascript:alert(1)"',
    ],
    [
      "an unknown quote kind",
      (d) => {
        (d.statements[0] as { quoteKind: string }).quoteKind = "rumour";
      },
      "statements[0].quoteKind",
      'one of "direct", "reported"',
      '"rumour"',
    ],
  ])("reports %s with path, expectation and value", (_name, change, path, expected, found) => {
    const problems = problemsAfter(change);
    const problem = problems.find((p) => p.path === path);
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem?.expected).toContain(expected);
    expect(problem?.found).toBe(found);
  });

  it("accepts a month-precision date on the first of the month", () => {
    expect(
      problemsAfter((d) => {
        d.statements[0]!.datePrecision = "month";
        d.statements[0]!.date = "2024-03-01";
      }),
    ).toEqual([]);
  });

  it("formats a problem as one readable line", () => {
    expect(formatProblem({ path: "statements[2].date", expected: "a date", found: '"x"' })).toBe(
      'statements[2].date: expected a date, found "x"',
    );
  });
});
