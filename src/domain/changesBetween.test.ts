import { describe, expect, it } from "vitest";
import { nullStancesAndTies } from "./__fixtures__/nullStancesAndTies";
import { twoPartiesOneChange } from "./__fixtures__/twoPartiesOneChange";
import { changesBetween, type StanceChange } from "./changesBetween";

// The parts of a change a reader checks by hand: cell, stance ids, indexes, statement ids.
function summarise(changes: StanceChange[]) {
  return changes.map((change) => ({
    cell: `${change.issueId}/${change.partyId}`,
    from: change.fromStance?.id ?? null,
    to: change.toStance.id,
    fromIndex: change.fromIndex,
    toIndex: change.toIndex,
    statements: change.statements.map((statement) => statement.id),
  }));
}

describe("changesBetween", () => {
  it("finds Ukraine's one move, with the statement behind it", () => {
    expect(summarise(changesBetween(twoPartiesOneChange, "2022-02-01", "2022-03-15"))).toEqual([
      {
        cell: "nato/ua",
        from: "full-membership",
        to: "neutral-with-guarantees",
        fromIndex: 0,
        toIndex: 3,
        statements: ["ua-2"],
      },
    ]);
  });

  it("lists a move from no stance to a stance, in issue then party order", () => {
    expect(summarise(changesBetween(nullStancesAndTies, "2022-01-01", "2022-03-01"))).toEqual([
      {
        cell: "crimea/ua",
        from: null,
        to: "return-to-ukraine",
        fromIndex: null,
        toIndex: 0,
        statements: ["ua-0", "ua-1"],
      },
      {
        cell: "crimea/ru",
        from: null,
        to: "status-talks",
        fromIndex: null,
        toIndex: 1,
        statements: ["ru-1b", "ru-1a"],
      },
    ]);
  });

  it("swaps the dates when from is after to", () => {
    expect(changesBetween(nullStancesAndTies, "2022-03-01", "2022-01-01")).toEqual(
      changesBetween(nullStancesAndTies, "2022-01-01", "2022-03-01"),
    );
  });

  it("leaves out statements dated on the from date and includes those on the to date", () => {
    expect(summarise(changesBetween(nullStancesAndTies, "2022-02-10", "2022-03-29"))).toEqual([
      {
        cell: "crimea/ua",
        from: "return-to-ukraine",
        to: "status-talks",
        fromIndex: 0,
        toIndex: 1,
        statements: ["ua-2"],
      },
      {
        cell: "crimea/ru",
        from: null,
        to: "status-talks",
        fromIndex: null,
        toIndex: 1,
        statements: ["ru-1b", "ru-1a"],
      },
    ]);
  });

  it.each([
    // No-stance statements and a same-day flip and flip back are not changes.
    ["2022-03-29", "2022-06-01"],
    ["2022-03-15", "2022-03-15"],
    ["2021-01-01", "2022-01-19"],
  ])("finds nothing between %s and %s", (from, to) => {
    expect(changesBetween(nullStancesAndTies, from, to)).toEqual([]);
  });
});
