import { describe, expect, it } from "vitest";
import { nullStancesAndTies } from "./__fixtures__/nullStancesAndTies";
import {
  cellStatements,
  countBefore,
  countOnOrBefore,
  indexStatements,
  stanceIndex,
  stancePositions,
  statementDateRange,
} from "./statementIndex";

const crimea = nullStancesAndTies.issues[0];

describe("indexStatements", () => {
  it("sorts by date, keeping same-day statements in dataset order", () => {
    expect(indexStatements(nullStancesAndTies).byDate.map((statement) => statement.id)).toEqual([
      "ua-0",
      "ua-1",
      "ru-1b",
      "ru-1a",
      "ua-2",
      "ua-3",
      "ru-3",
      "ru-4",
      "ru-5",
    ]);
  });

  it("groups by issue and party", () => {
    const index = indexStatements(nullStancesAndTies);
    expect(cellStatements(index, "crimea", "ru").map((statement) => statement.id)).toEqual([
      "ru-1b",
      "ru-1a",
      "ru-3",
      "ru-4",
      "ru-5",
    ]);
    expect(cellStatements(index, "crimea", "us")).toEqual([]);
    expect(cellStatements(index, "no-such-issue", "ua")).toEqual([]);
  });

  it("lists the distinct dates in order", () => {
    expect(indexStatements(nullStancesAndTies).dates).toEqual([
      "2022-01-20",
      "2022-02-10",
      "2022-03-01",
      "2022-03-29",
      "2022-04-05",
      "2022-05-01",
      "2022-06-01",
    ]);
  });

  it("keeps statements already in date order as they are, without copying", () => {
    const { byDate } = indexStatements(nullStancesAndTies);
    expect(indexStatements({ statements: byDate }).byDate).toBe(byDate);
  });
});

describe("statementDateRange", () => {
  it("finds the first and last dates without sorting, and empty text for no statements", () => {
    expect(statementDateRange(nullStancesAndTies.statements)).toEqual({
      first: "2022-01-20",
      last: "2022-06-01",
    });
    expect(statementDateRange([])).toEqual({ first: "", last: "" });
  });
});

describe("stanceIndex", () => {
  it.each<[string | null, number | null]>([
    ["return-to-ukraine", 0],
    ["status-talks", 1],
    ["part-of-russia", 2],
    [null, null],
    ["no-such-stance", null],
  ])("places %s at %s", (stanceId, expected) => {
    if (!crimea) throw new Error("fixture has crimea");
    expect(stanceIndex(crimea, stanceId)).toBe(expected);
  });
});

describe("stancePositions", () => {
  it("agrees with stanceIndex for every stance of the issue", () => {
    if (!crimea) throw new Error("fixture has crimea");
    const positions = stancePositions(crimea);
    expect([...positions]).toEqual(
      crimea.stances.map((stance) => [stance.id, stanceIndex(crimea, stance.id)]),
    );
  });

  it("keeps the first position of a duplicated id, as stanceIndex does", () => {
    const issue = {
      id: "x",
      name: "X",
      description: "",
      stances: [
        { id: "a", label: "A", description: "" },
        { id: "b", label: "B", description: "" },
        { id: "a", label: "A again", description: "" },
      ],
    };
    expect(stancePositions(issue).get("a")).toBe(0);
    expect(stancePositions(issue).get("b")).toBe(1);
  });
});

describe("countOnOrBefore and countBefore", () => {
  const { byDate } = indexStatements(nullStancesAndTies);
  it.each([
    ["2022-01-01", 0, 0],
    ["2022-01-20", 1, 0],
    ["2022-03-01", 4, 2],
    ["2022-03-02", 4, 4],
    ["2022-06-01", 9, 7],
    ["2023-01-01", 9, 9],
  ])("on %s: %i on or before, %i before", (date, onOrBefore, before) => {
    expect(countOnOrBefore(byDate, date)).toBe(onOrBefore);
    expect(countBefore(byDate, date)).toBe(before);
  });
});
