import { describe, expect, it } from "vitest";
import { DEFAULT_DATASET_KEY } from "../data/defaultDataset";
import {
  makeDataset,
  makeIssue,
  makeParty,
  makeStatement,
} from "../domain/__fixtures__/makeDataset";
import { EMPTY_FILTERS } from "./choices";
import {
  DEFAULT_URL_STATE,
  fitChoicesToDataset,
  isIsoDate,
  parseUrlState,
  readDatasetKey,
  serializeUrlState,
  type UrlState,
} from "./urlState";

// Two issues, three parties, statements on 2024-03-01 and 2024-06-15: the valid date range.
const dataset = makeDataset("url-test", {
  parties: [makeParty("ru"), makeParty("ua"), makeParty("us")],
  issues: [makeIssue("territory", ["a", "b", "c"]), makeIssue("nato", ["x", "y"])],
  statements: [
    makeStatement({ id: "s1", date: "2024-03-01", partyId: "ru", issueId: "nato", stanceId: "x" }),
    makeStatement({ id: "s2", date: "2024-06-15", partyId: "ua", issueId: "nato", stanceId: "y" }),
  ],
});

const everything: UrlState = {
  datasetKey: "url-test",
  view: "statements",
  filters: {
    issueIds: ["nato", "territory"],
    partyIds: ["ua"],
    from: "2024-03-01",
    to: "2024-06-01",
    speaker: "Zelensky",
    text: "security & guarantees, 50%",
    hideStateMedia: true,
    countAccounts: true,
  },
  asOf: "2024-06-15",
  compareFrom: "2024-04-01",
  gapParties: ["us", "ru"],
  matrixRowsAre: "parties",
  selectedCell: { issueId: "territory", partyId: "ru" },
  tableSort: [
    { columnId: "date", desc: true },
    { columnId: "party", desc: false },
  ],
  hiddenColumns: ["quote", "summary"],
  columnFilters: { party: "ukr", stance: "no clear" },
  dealPackage: {},
  isCoding: true,
};

describe("serializeUrlState", () => {
  it("writes nothing for the defaults", () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe("");
  });

  it("writes only what differs from the defaults, ids readable", () => {
    const search = serializeUrlState({
      ...DEFAULT_URL_STATE,
      view: "timeline",
      filters: { ...EMPTY_FILTERS, issueIds: ["nato", "territory"] },
      selectedCell: { issueId: "nato", partyId: "ua" },
    });
    expect(search).toBe("?view=timeline&issues=nato,territory&cell=nato:ua");
  });
});

describe("parseUrlState", () => {
  it("round-trips every field through serializeUrlState", () => {
    const parsed = parseUrlState(serializeUrlState(everything), dataset, "url-test");
    expect(parsed).toEqual({ state: everything, notices: [] });
  });

  it("writes the table's sort, hidden columns and column filters readably", () => {
    expect(
      serializeUrlState({
        ...DEFAULT_URL_STATE,
        tableSort: [{ columnId: "date", desc: true }],
        hiddenColumns: ["quote"],
        columnFilters: { speaker: "Putin", issue: "" },
      }),
    ).toBe("?sort=-date&hide=quote&filter.speaker=Putin");
  });

  it("drops unknown table columns with a notice each kind", () => {
    const { state, notices } = parseUrlState(
      "?sort=-colour,party&hide=quote,wings,fins&filter.mood=calm",
      dataset,
    );
    expect(state.tableSort).toEqual([{ columnId: "party", desc: false }]);
    expect(state.hiddenColumns).toEqual(["quote"]);
    expect(state.columnFilters).toEqual({});
    expect(notices).toEqual([
      "Ignored the table sort by “colour”: no such column.",
      "Ignored 2 unknown column ids: “wings”, “fins”.",
      "Ignored the filter on “mood”: no such column.",
    ]);
  });

  it("writes 'Hide state media' as nostate=1 and reads it back", () => {
    const search = serializeUrlState({
      ...DEFAULT_URL_STATE,
      filters: { ...EMPTY_FILTERS, hideStateMedia: true },
    });
    expect(search).toBe("?nostate=1");
    expect(parseUrlState(search, dataset).state.filters.hideStateMedia).toBe(true);
  });

  it("writes 'Count accounts by other parties as positions' as accounts=1 and reads it back", () => {
    const search = serializeUrlState({
      ...DEFAULT_URL_STATE,
      filters: { ...EMPTY_FILTERS, countAccounts: true },
    });
    expect(search).toBe("?accounts=1");
    expect(parseUrlState(search, dataset).state.filters.countAccounts).toBe(true);
    expect(parseUrlState("", dataset).state.filters.countAccounts).toBe(false);
  });

  it.each<[string, boolean, number]>([
    ["?nostate=0", false, 0],
    ["?nostate=yes", false, 1],
    ["", false, 0],
  ])("reads %j as hideStateMedia %s with %i notices", (search, hidden, noticeCount) => {
    const parsed = parseUrlState(search, dataset);
    expect(parsed.state.filters.hideStateMedia).toBe(hidden);
    expect(parsed.notices).toHaveLength(noticeCount);
  });

  it("gives the defaults for an empty query", () => {
    expect(parseUrlState("", dataset)).toEqual({ state: DEFAULT_URL_STATE, notices: [] });
  });

  it("reads '+' and %20 as spaces in free text", () => {
    const { state } = parseUrlState("?q=peace+talks&speaker=Marco%20Rubio", dataset);
    expect(state.filters.text).toBe("peace talks");
    expect(state.filters.speaker).toBe("Marco Rubio");
  });

  it("keeps the known ids of a list and drops the unknown one with a notice", () => {
    const { state, notices } = parseUrlState("?issues=nato,crimea,nato&parties=ua", dataset);
    expect(state.filters.issueIds).toEqual(["nato"]);
    expect(state.filters.partyIds).toEqual(["ua"]);
    expect(notices).toEqual(["Ignored unknown issue “crimea”."]);
  });

  it("coalesces unknown ids into one notice, naming up to three", () => {
    expect(parseUrlState("?parties=ua,xx,yy", dataset).notices).toEqual([
      "Ignored 2 unknown party ids: “xx”, “yy”.",
    ]);
    const many = Array.from({ length: 12_000 }, (_, i) => `issue-${i}`).join(",");
    const { state, notices } = parseUrlState(`?issues=nato,${many}`, dataset);
    expect(state.filters.issueIds).toEqual(["nato"]);
    expect(notices).toEqual(["12,000 unknown issue ids were ignored."]);
  });

  it.each([
    ["?view=map", "view"],
    ["?asOf=2024-13-01", "“as of” date"],
    ["?asOf=2024-02-30", "“as of” date"],
    ["?from=yesterday", "“from” date"],
    ["?to=2024-06-16", "“to” date"],
    ["?compare=2024-02-29", "compare date"],
    ["?gap=ru", "gap parties"],
    ["?gap=ru,ru", "gap parties"],
    ["?gap=ru,eu", "gap parties"],
    ["?rows=diagonal", "matrix layout"],
    ["?cell=nato", "matrix cell"],
    ["?cell=nato:eu", "matrix cell"],
    ["?%3Cscript%3E=1", "unknown link parameter"],
  ])("drops %s with a notice naming the %s and falls back to the default", (search, label) => {
    const { state, notices } = parseUrlState(search, dataset);
    expect(state).toEqual(DEFAULT_URL_STATE);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(label);
  });

  it("keeps the good parameters next to a bad one", () => {
    const { state, notices } = parseUrlState("?view=sources&asOf=garbage&rows=parties", dataset);
    expect(state.view).toBe("sources");
    expect(state.matrixRowsAre).toBe("parties");
    expect(state.asOf).toBeNull();
    expect(notices).toHaveLength(1);
  });

  it("accepts dates on the first and last statement dates", () => {
    const { state, notices } = parseUrlState("?from=2024-03-01&to=2024-06-15", dataset);
    expect(state.filters).toMatchObject({ from: "2024-03-01", to: "2024-06-15" });
    expect(notices).toEqual([]);
  });
});

describe("readDatasetKey", () => {
  it.each([
    ["", DEFAULT_DATASET_KEY],
    ["?view=timeline", DEFAULT_DATASET_KEY],
    // Exactly as written: a stored key may be "" or hold spaces (useUrlSync trims only when
    // no dataset has the key as written).
    ["?dataset=", ""],
    ["?dataset=riverland&view=timeline", "riverland"],
    ["?dataset=%20water-2%20", " water-2 "],
  ])("%s names %s", (search, key) => {
    expect(readDatasetKey(search)).toBe(key);
  });

  it("is written first, and left out for the default dataset", () => {
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, datasetKey: "water", view: "sources" })).toBe(
      "?dataset=water&view=sources",
    );
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, view: "sources" })).toBe("?view=sources");
  });
});

describe("fitChoicesToDataset", () => {
  // Shares the issue "nato" and the party "ua" with `dataset`; its dates run 2025-01-10 to 02-20.
  const other = makeDataset("other", {
    parties: [makeParty("ua"), makeParty("pl")],
    issues: [makeIssue("nato", ["x", "y", "z"]), makeIssue("grain", ["p", "q"])],
    statements: [
      makeStatement({
        id: "o1",
        date: "2025-01-10",
        partyId: "ua",
        issueId: "nato",
        stanceId: "z",
      }),
      makeStatement({
        id: "o2",
        date: "2025-02-20",
        partyId: "pl",
        issueId: "grain",
        stanceId: null,
      }),
    ],
  });

  it("keeps the view and what the new dataset has, and drops the rest", () => {
    const fitted = fitChoicesToDataset(everything, other, "other");
    expect(fitted).toEqual({
      ...DEFAULT_URL_STATE,
      datasetKey: "other",
      view: "statements",
      matrixRowsAre: "parties",
      // "Hide state media" and the provenance choice name no one in the old dataset: they stay.
      filters: {
        ...EMPTY_FILTERS,
        issueIds: ["nato"],
        partyIds: ["ua"],
        hideStateMedia: true,
        countAccounts: true,
      },
      tableSort: everything.tableSort,
      hiddenColumns: everything.hiddenColumns,
      // Code mode is the user's way of working, not the dataset's: it stays.
      isCoding: true,
    });
  });

  it("keeps the typed search, speaker and column filters for a new version of the same dataset", () => {
    const fitted = fitChoicesToDataset(everything, dataset, "copy", true);
    expect(fitted.filters.text).toBe("security & guarantees, 50%");
    expect(fitted.filters.speaker).toBe("Zelensky");
    expect(fitted.columnFilters).toEqual(everything.columnFilters);
  });

  it("keeps every choice when the new dataset fits them all", () => {
    const fitted = fitChoicesToDataset(
      { ...everything, filters: { ...everything.filters, speaker: "", text: "" } },
      dataset,
      "copy",
    );
    expect(fitted).toEqual({
      ...everything,
      filters: { ...everything.filters, speaker: "", text: "" },
      columnFilters: {},
      datasetKey: "copy",
    });
  });
});

describe("isIsoDate", () => {
  it.each([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2024-6-1", false],
    ["2024-06-01T00:00", false],
    ["", false],
  ])("%s → %s", (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });
});
