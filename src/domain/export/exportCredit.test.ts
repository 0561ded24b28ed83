import { describe, expect, it } from "vitest";
import { makeDataset, makeIssue, makeParty, makeStatement } from "../__fixtures__/makeDataset";
import type { Source } from "../schema";
import { NO_FILTERS } from "../scope";
import {
  buildCredit,
  contextCsvRows,
  dateLine,
  filterLines,
  NO_FILTERS_TEXT,
  outletsOf,
  sourceLine,
} from "./exportCredit";

const source = (id: string, outlet: string): Source => ({
  id,
  outlet,
  title: null,
  published: null,
  url: null,
  document: null,
  notes: null,
});

const dataset = {
  ...makeDataset("credit", {
    parties: [makeParty("north"), makeParty("south"), makeParty("east")],
    issues: [makeIssue("dam", ["a", "b"]), makeIssue("fish", ["a", "b"])],
    statements: [
      makeStatement({
        id: "1",
        date: "2025-01-02",
        partyId: "north",
        issueId: "dam",
        stanceId: "a",
        sourceId: "w",
      }),
      makeStatement({
        id: "2",
        date: "2025-01-03",
        partyId: "south",
        issueId: "dam",
        stanceId: "b",
        sourceId: "z",
      }),
      makeStatement({
        id: "3",
        date: "2025-01-04",
        partyId: "east",
        issueId: "dam",
        stanceId: "b",
        sourceId: "z2",
      }),
      makeStatement({
        id: "4",
        date: "2025-01-05",
        partyId: "east",
        issueId: "fish",
        stanceId: "b",
        sourceId: "a",
      }),
    ],
  }),
  // Two sources of one outlet ("Zed Post"): it is credited once, and first (two statements).
  sources: [
    source("w", "Wire"),
    source("z", "Zed Post"),
    source("z2", " Zed Post "),
    source("a", "Alpha"),
  ],
};

describe("filterLines", () => {
  it("says there are no filters when none narrows", () => {
    expect(filterLines(dataset, NO_FILTERS)).toEqual([NO_FILTERS_TEXT]);
  });

  it("names each active filter in words, issues and parties by name in the dataset's order", () => {
    expect(
      filterLines(dataset, {
        ...NO_FILTERS,
        issueIds: ["fish", "dam"],
        partyIds: ["south"],
        from: "2025-01-03",
        to: "2025-02-01",
        speaker: " Velt ",
        text: "dam",
        hideStateMedia: true,
        countAccounts: true,
      }),
    ).toEqual([
      "Issues: Issue dam, Issue fish",
      "Parties: Party south",
      "Dates: 3 January 2025 to 1 February 2025",
      "Speaker: “Velt”",
      "Words: “dam”",
      "State media hidden",
      "Accounts by other parties counted as positions",
    ]);
  });

  it("says an open-ended date range as from or up to", () => {
    expect(filterLines(dataset, { ...NO_FILTERS, from: "2025-01-03" })).toEqual([
      "Dates: from 3 January 2025",
    ]);
    expect(filterLines(dataset, { ...NO_FILTERS, to: "2025-01-03" })).toEqual([
      "Dates: up to 3 January 2025",
    ]);
  });
});

describe("outletsOf and sourceLine", () => {
  it("credits each outlet once, most statements first, ties alphabetically", () => {
    expect(outletsOf(dataset.statements, dataset.sources)).toEqual(["Zed Post", "Alpha", "Wire"]);
  });

  it("credits only the outlets of the statements shown", () => {
    expect(outletsOf(dataset.statements.slice(0, 1), dataset.sources)).toEqual(["Wire"]);
  });

  it("lists outlets with 'and', then the dataset and its version", () => {
    const meta = { title: "Riverland", version: "2.1" };
    expect(sourceLine(["A"], meta)).toBe("Source: A, coded in Riverland v2.1");
    expect(sourceLine(["A", "B", "C"], meta)).toBe("Source: A, B and C, coded in Riverland v2.1");
    expect(sourceLine([], meta)).toBe("Source: no statements, coded in Riverland v2.1");
    expect(sourceLine(["1", "2", "3", "4", "5", "6", "7", "8"], meta)).toBe(
      "Source: 1, 2, 3, 4, 5, 6 and 2 more outlets, coded in Riverland v2.1",
    );
  });
});

describe("dateLine and buildCredit", () => {
  it("says the as-of date, and the compare date in compare mode", () => {
    expect(dateLine("2025-08-21", null)).toBe("As of 21 August 2025");
    expect(dateLine("2025-08-21", "2025-05-01")).toBe(
      "As of 21 August 2025 · compared with 1 May 2025",
    );
  });

  it("puts title, dates, filters, source and link together", () => {
    expect(
      buildCredit({
        dataset,
        filters: { ...NO_FILTERS, hideStateMedia: true },
        statements: dataset.statements.slice(0, 2),
        title: "Positions",
        dates: { asOf: "2025-01-05", compareFrom: null },
        link: "https://example.org/?view=matrix",
      }),
    ).toEqual({
      title: "Positions",
      dateLine: "As of 5 January 2025",
      filterLines: ["State media hidden"],
      outletsText: "Wire and Zed Post",
      datasetText: "credit v1",
      sourceLine: "Source: Wire and Zed Post, coded in credit v1",
      link: "https://example.org/?view=matrix",
    });
  });

  it("says a chart's time window instead of an as-of date", () => {
    const credit = buildCredit({
      dataset,
      filters: NO_FILTERS,
      statements: [],
      title: "Chart",
      dates: { from: "2025-01-02", to: "2025-03-31" },
      link: "",
    });
    expect(credit.dateLine).toBe("Statements from 2 January 2025 to 31 March 2025");
    expect(credit.sourceLine).toBe("Source: no statements, coded in credit v1");
  });
});

describe("contextCsvRows", () => {
  const credit = {
    title: "Positions",
    dateLine: "",
    filterLines: ["Parties: Party south", "State media hidden"],
    outletsText: "Wire",
    datasetText: "credit v1",
    sourceLine: "",
    link: "https://example.org/?p=1",
  };

  it("writes an empty row, then label and value rows; the compare date only in compare mode", () => {
    expect(contextCsvRows(credit, { asOf: "2025-08-21", compareFrom: null })).toEqual([
      [],
      ["Dataset", "credit v1"],
      ["As of", "21 August 2025"],
      ["Filters", "Parties: Party south; State media hidden"],
      ["Source", "Wire"],
      ["Link", "https://example.org/?p=1"],
    ]);
    expect(contextCsvRows(credit, { asOf: "2025-08-21", compareFrom: "2025-05-01" })[3]).toEqual([
      "Compared with",
      "1 May 2025",
    ]);
  });
});
