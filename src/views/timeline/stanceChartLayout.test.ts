import { describe, expect, it } from "vitest";
import { nullStancesAndTies } from "../../domain/__fixtures__/nullStancesAndTies";
import { twoPartiesOneChange } from "../../domain/__fixtures__/twoPartiesOneChange";
import { stanceSeries } from "../../domain/stanceSeries";
import { indexStatements } from "../../domain/statementIndex";
import { generateDataset } from "../../domain/synth/generateDataset";
import { layoutStanceChart, type PartyStyle } from "./stanceChartLayout";
import { buildTimeline } from "./timelineModel";
import { toIsoDate, toTime } from "./timeTicks";

function stylesOf(partyIds: readonly string[]): Map<string, PartyStyle> {
  return new Map(
    partyIds.map((partyId) => [
      partyId,
      { partyId, name: partyId, color: "#000000", shape: "circle" },
    ]),
  );
}

describe("layoutStanceChart", () => {
  const crimea = nullStancesAndTies.issues[0];
  if (!crimea) throw new Error("fixture changed");
  const layout = layoutStanceChart({
    issue: crimea,
    series: stanceSeries(nullStancesAndTies, "crimea"),
    styles: stylesOf(["ua", "ru"]),
    xDomain: [toTime("2022-01-01"), toTime("2022-07-01")],
    plotWidth: 720,
    rowHeight: 40,
  });

  it("adds a no-clear-stance lane below the stances when a statement has none", () => {
    expect(layout.yTicks.map((tick) => [tick.value, tick.label])).toEqual([
      [-1.5, "No clear stance (off the scale)"],
      [0, "return-to-ukraine"],
      [1, "status-talks"],
      [2, "part-of-russia"],
    ]);
    expect(layout.yDomain).toEqual([-2, 2.5]);
    // Four rows and the lane's half-row gap.
    expect(layout.height).toBe(4.5 * 40);
  });

  it("keeps every statement as a marker, on the lane when it has no stance", () => {
    const ukraine = layout.lines[0];
    expect(ukraine?.markers.map((marker) => [marker.statement.id, marker.stanceLabel])).toEqual([
      ["ua-0", "No clear stance"],
      ["ua-1", "return-to-ukraine"],
      ["ua-2", "status-talks"],
      ["ua-3", "No clear stance"],
    ]);
  });

  it("draws the two parties apart and runs each line to the axis end", () => {
    const [ukraine, russia] = layout.lines;
    // Two parties: −0.18 and +0.18 rows.
    expect(ukraine?.steps.map((step) => [toIsoDate(step.x), step.y.toFixed(2)])).toEqual([
      ["2022-02-10", "-0.18"],
      ["2022-03-29", "0.82"],
      ["2022-07-01", "0.82"],
    ]);
    expect(russia?.steps[0]?.y).toBeCloseTo(1.18);
    expect(russia?.steps.at(-1)?.x).toBe(toTime("2022-07-01"));
  });

  it("has no lane when every statement has a stance", () => {
    const nato = twoPartiesOneChange.issues.find((issue) => issue.id === "nato");
    if (!nato) throw new Error("fixture changed");
    const plain = layoutStanceChart({
      issue: nato,
      series: stanceSeries(twoPartiesOneChange, "nato"),
      styles: stylesOf(twoPartiesOneChange.parties.map((party) => party.id)),
      xDomain: [toTime("2022-01-01"), toTime("2022-12-31")],
      plotWidth: 200,
      rowHeight: 40,
    });
    expect(plain.yTicks[0]?.value).toBe(0);
    expect(plain.yDomain).toEqual([-0.5, nato.stances.length - 0.5]);
    // 200 px fits two date labels.
    expect(plain.xTicks.length).toBeLessThanOrEqual(2);
  });

  it("thins a large dataset's markers but keeps every statement and every step", () => {
    const large = generateDataset({ statements: 40_000, seed: 11 });
    const issue = large.issues[0];
    if (!issue) throw new Error("the generator made no issue");
    // Indexed once for both selectors, as the app's scope does.
    const index = indexStatements(large);
    const series = stanceSeries(large, issue.id, index);
    const statements = series.reduce((sum, party) => sum + party.points.length, 0);
    const thinned = layoutStanceChart({
      issue,
      series,
      styles: stylesOf(large.parties.map((party) => party.id)),
      xDomain: buildTimeline(large, { issueIds: [], partyIds: [], from: null, to: null }, index)
        .xDomain ?? [0, 1],
      plotWidth: 900,
      rowHeight: 40,
    });
    const markers = thinned.lines.flatMap((line) => line.markers);
    expect(markers.reduce((sum, marker) => sum + marker.count, 0)).toBe(statements);
    // Statements of one party and stance less than a pixel apart share a marker.
    expect(markers.length).toBeLessThan(statements);
    // Every party's stance changes survive: one line point per step, plus the run-on to the end.
    thinned.lines.forEach((line, order) => {
      expect(line.steps.length).toBe((series[order]?.steps.length ?? 0) + 1);
    });
    // Generating 40,000 statements takes seconds on a busy shared machine; speed is measured
    // by npm run bench, not here.
  }, 30_000);
});
