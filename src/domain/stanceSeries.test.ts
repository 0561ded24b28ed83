import { describe, expect, it } from "vitest";
import { nullStancesAndTies } from "./__fixtures__/nullStancesAndTies";
import { twoPartiesOneChange } from "./__fixtures__/twoPartiesOneChange";
import { stanceSeries } from "./stanceSeries";

describe("stanceSeries", () => {
  it("gives every statement as a point and one step per change", () => {
    const series = stanceSeries(nullStancesAndTies, "crimea");
    // "us" has no statements on crimea, so it has no series.
    expect(series.map((party) => party.partyId)).toEqual(["ua", "ru"]);

    const [ukraine, russia] = series;
    expect(
      ukraine?.points.map((point) => [point.date, point.stanceIndex, point.statement.id]),
    ).toEqual([
      ["2022-01-20", null, "ua-0"],
      ["2022-02-10", 0, "ua-1"],
      ["2022-03-29", 1, "ua-2"],
      ["2022-04-05", null, "ua-3"],
    ]);
    // Starts at the first clear stance; the no-stance statements add no step.
    expect(ukraine?.steps).toEqual([
      { date: "2022-02-10", stanceIndex: 0 },
      { date: "2022-03-29", stanceIndex: 1 },
    ]);

    expect(
      russia?.points.map((point) => [point.date, point.stanceIndex, point.statement.id]),
    ).toEqual([
      ["2022-03-01", 2, "ru-1b"],
      ["2022-03-01", 1, "ru-1a"],
      ["2022-05-01", null, "ru-3"],
      ["2022-06-01", 0, "ru-4"],
      ["2022-06-01", 1, "ru-5"],
    ]);
    // Each day resolves to its last clear stance: 1 on 2022-03-01, and 1 again on 2022-06-01.
    expect(russia?.steps).toEqual([{ date: "2022-03-01", stanceIndex: 1 }]);
  });

  it("steps on the five-stance scale", () => {
    expect(stanceSeries(twoPartiesOneChange, "nato").map((party) => party.steps)).toEqual([
      [
        { date: "2022-02-01", stanceIndex: 0 },
        { date: "2022-03-15", stanceIndex: 3 },
      ],
      [{ date: "2022-01-10", stanceIndex: 3 }],
    ]);
  });

  it.each([
    ["an issue nobody spoke on", "ceasefire"],
    ["an unknown issue", "no-such-issue"],
  ])("is empty for %s", (_, issueId) => {
    expect(stanceSeries(nullStancesAndTies, issueId)).toEqual([]);
  });
});
