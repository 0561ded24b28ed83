// One test per rule of the v2 fields (README, "The data format"), on a small hand-made dataset.
import { describe, expect, it } from "vitest";
import { makeDataset, makeIssue, makeParty, makeStatement } from "./__fixtures__/makeDataset";
import type { Dataset, Source } from "./schema";
import { parseDataset } from "./validate";

// "we will never cede" stands at offsets 10 to 28 of this text (counted by hand: "Minister: "
// is 10 characters, the quote 18).
const ARTICLE = "Minister: we will never cede. Talks resume in May.";

function source(id: string, published: string | null, text?: string): Source {
  return {
    id,
    outlet: `Outlet ${id}`,
    title: null,
    published,
    url: null,
    document: null,
    notes: null,
    ...(text === undefined ? {} : { text }),
  };
}

function v2Dataset(): Dataset {
  const dataset = makeDataset("v2", {
    parties: [makeParty("a"), makeParty("b")],
    issues: [makeIssue("land", ["keep", "split", "cede"]), makeIssue("sea", ["open", "closed"])],
    statements: [
      makeStatement({
        id: "s1",
        date: "2024-03-01",
        partyId: "a",
        issueId: "land",
        stanceId: "split",
        quote: "we will never cede",
        firmness: "red-line",
        acceptable: { from: "keep", to: "split" },
        dateBasis: "standing",
        alsoIn: ["source-2"],
        conditionLinks: [{ issueId: "sea", stanceId: "open" }],
        quoteStart: 10,
        quoteEnd: 28,
      }),
    ],
  });
  dataset.sources = [source("source-1", "2024-05-01", ARTICLE), source("source-2", "2024-05-02")];
  dataset.events = [
    {
      id: "e1",
      date: "2024-04-01",
      datePrecision: "day",
      title: "Summit",
      description: "",
      partyIds: ["a", "b"],
      sourceId: "source-1",
    },
  ];
  return dataset;
}

function problemsAfter(change: (dataset: Dataset) => void) {
  const dataset = v2Dataset();
  change(dataset);
  const result = parseDataset(JSON.parse(JSON.stringify(dataset)));
  return result.ok ? [] : result.problems;
}

const s1 = (d: Dataset) => d.statements[0]!;

describe("v2 fields", () => {
  it("accept a dataset that uses every one of them rightly", () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it("accept a range without a stated stance", () => {
    expect(problemsAfter((d) => (s1(d).stanceId = null))).toEqual([]);
  });

  it.each<[string, (dataset: Dataset) => void, string, string, string]>([
    [
      "acceptable.from not a stance of the statement's issue",
      (d) => (s1(d).acceptable = { from: "open", to: "split" }),
      "statements[0].acceptable.from",
      'a stance of issue "land" (keep, split, cede)',
      '"open"',
    ],
    [
      "acceptable.to not a stance of the statement's issue",
      (d) => (s1(d).acceptable = { from: "keep", to: "closed" }),
      "statements[0].acceptable.to",
      'a stance of issue "land"',
      '"closed"',
    ],
    [
      "acceptable.from after acceptable.to",
      (d) => (s1(d).acceptable = { from: "cede", to: "keep" }),
      "statements[0].acceptable",
      '"from" not after "to"',
      'from "cede" to "keep"',
    ],
    [
      "a stated stance outside the acceptable range",
      (d) => (s1(d).acceptable = { from: "keep", to: "keep" }),
      "statements[0].acceptable",
      'holds the stated stance "split"',
      'from "keep" to "keep"',
    ],
    [
      "alsoIn naming no source",
      (d) => (s1(d).alsoIn = ["ghost"]),
      "statements[0].alsoIn[0]",
      "a source id",
      '"ghost"',
    ],
    [
      "alsoIn naming the statement's own source",
      (d) => (s1(d).alsoIn = ["source-1"]),
      "statements[0].alsoIn[0]",
      "another source than the statement's own sourceId",
      '"source-1"',
    ],
    [
      "alsoIn naming a source twice",
      (d) => (s1(d).alsoIn = ["source-2", "source-2"]),
      "statements[0].alsoIn[1]",
      "not listed before",
      '"source-2"',
    ],
    [
      "a condition link to an unknown issue",
      (d) => (s1(d).conditionLinks = [{ issueId: "air", stanceId: "open" }]),
      "statements[0].conditionLinks[0].issueId",
      "an issue id (land, sea)",
      '"air"',
    ],
    [
      "a condition link to a stance of another issue",
      (d) => (s1(d).conditionLinks = [{ issueId: "sea", stanceId: "keep" }]),
      "statements[0].conditionLinks[0].stanceId",
      'a stance of issue "sea" (open, closed)',
      '"keep"',
    ],
    [
      "a condition link to the statement's own issue",
      (d) => (s1(d).conditionLinks = [{ issueId: "land", stanceId: "keep" }]),
      "statements[0].conditionLinks[0].issueId",
      "another issue than the statement's own",
      '"land"',
    ],
    [
      "two events with one id",
      (d) => d.events!.push({ ...d.events![0]!, title: "Second" }),
      "events[1].id",
      "events[0] has it",
      '"e1"',
    ],
    [
      "an event naming an unknown party",
      (d) => (d.events![0]!.partyIds = ["a", "zz"]),
      "events[0].partyIds[1]",
      "a party id (a, b)",
      '"zz"',
    ],
    [
      "an event naming an unknown source",
      (d) => (d.events![0]!.sourceId = "ghost"),
      "events[0].sourceId",
      "a source id",
      '"ghost"',
    ],
    [
      "an event dated after its source was published",
      (d) => (d.events![0]!.date = "2024-05-02"),
      "events[0].date",
      "on or before its source was published (2024-05-01)",
      '"2024-05-02"',
    ],
    [
      "quoteStart without quoteEnd",
      (d) => delete s1(d).quoteEnd,
      "statements[0].quoteEnd",
      "quoteStart and quoteEnd given together",
      "nothing (missing)",
    ],
    [
      "quoteEnd without quoteStart",
      (d) => delete s1(d).quoteStart,
      "statements[0].quoteStart",
      "quoteStart and quoteEnd given together",
      "nothing (missing)",
    ],
    [
      "quoteStart not before quoteEnd",
      (d) => Object.assign(s1(d), { quoteStart: 28, quoteEnd: 28 }),
      "statements[0].quoteEnd",
      "an offset after quoteStart (28)",
      "28",
    ],
    [
      "quoteEnd past the end of the source's text",
      (d) => Object.assign(s1(d), { quoteStart: 10, quoteEnd: 51 }),
      "statements[0].quoteEnd",
      "within the source's text (at most 50)",
      "51",
    ],
    [
      "offsets whose slice is not the quote",
      (d) => Object.assign(s1(d), { quoteStart: 9, quoteEnd: 27 }),
      "statements[0].quoteStart",
      "the quote, character for character",
      '" we will never ced"',
    ],
    [
      "an unknown firmness",
      (d) => ((s1(d) as { firmness: string }).firmness = "absolute"),
      "statements[0].firmness",
      'one of "red-line", "demand", "preference", "floated"',
      '"absolute"',
    ],
    [
      "an unknown dateBasis",
      (d) => ((s1(d) as { dateBasis: string }).dateBasis = "guessed"),
      "statements[0].dateBasis",
      'one of "stated", "standing"',
      '"guessed"',
    ],
    [
      "an unknown source kind",
      (d) => ((d.sources[0] as { kind: string }).kind = "blog"),
      "sources[0].kind",
      'one of "news", "state-media"',
      '"blog"',
    ],
  ])("report %s", (_name, change, path, expected, found) => {
    const problems = problemsAfter(change);
    const problem = problems.find((p) => p.path === path);
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem?.expected).toContain(expected);
    expect(problem?.found).toBe(found);
  });

  it("checks offsets only by their order where the source keeps no text", () => {
    expect(
      problemsAfter((d) => {
        delete d.sources[0]!.text;
        Object.assign(s1(d), { quoteStart: 100, quoteEnd: 200 });
      }),
    ).toEqual([]);
  });
});
