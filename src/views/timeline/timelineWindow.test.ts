import { describe, expect, it } from "vitest";
import { nullStancesAndTies } from "../../domain/__fixtures__/nullStancesAndTies";
import { gapSeries } from "../../domain/gapSeries";
import { stanceSeries } from "../../domain/stanceSeries";
import { clipGapPoints, clipStanceSeries, narrowWindow, timelineDateRange } from "./timelineWindow";

// Ukraine on crimea: ua-0 2022-01-20 (none), ua-1 02-10 (0), ua-2 03-29 (1), ua-3 04-05 (none).
const ukraine = stanceSeries(nullStancesAndTies, "crimea")[0];

describe("clipStanceSeries", () => {
  it("keeps everything in an open window", () => {
    if (!ukraine) throw new Error("fixture changed");
    expect(clipStanceSeries(ukraine, { from: null, to: null })).toEqual(ukraine);
  });

  it("carries the held stance in as a step on the window's first day", () => {
    if (!ukraine) throw new Error("fixture changed");
    const clipped = clipStanceSeries(ukraine, { from: "2022-03-01", to: "2022-03-31" });
    expect(clipped?.points.map((point) => point.statement.id)).toEqual(["ua-2"]);
    expect(clipped?.steps).toEqual([
      { date: "2022-03-01", stanceIndex: 0 },
      { date: "2022-03-29", stanceIndex: 1 },
    ]);
  });

  it("keeps a held stance even when the party said nothing in the window", () => {
    if (!ukraine) throw new Error("fixture changed");
    const clipped = clipStanceSeries(ukraine, { from: "2022-05-01", to: null });
    expect(clipped).toEqual({
      partyId: "ua",
      points: [],
      steps: [{ date: "2022-05-01", stanceIndex: 1 }],
    });
  });

  it("is null before the party ever spoke", () => {
    if (!ukraine) throw new Error("fixture changed");
    expect(clipStanceSeries(ukraine, { from: null, to: "2022-01-01" })).toBeNull();
  });
});

describe("clipGapPoints", () => {
  it("carries in the gap in force when the window opens", () => {
    const gaps = gapSeries(nullStancesAndTies, "crimea", "ua", "ru");
    const clipped = clipGapPoints(gaps, { from: "2022-04-01", to: null });
    expect(clipped[0]?.date).toBe("2022-04-01");
    expect(clipped[0]?.gap).toBe(gaps.findLast((point) => point.date < "2022-04-01")?.gap);
  });
});

describe("timelineDateRange", () => {
  it("spans the matching statements, or the window where it is set", () => {
    const all = nullStancesAndTies.parties.map((party) => party.id);
    expect(
      timelineDateRange(nullStancesAndTies, ["crimea"], ["ua"], { from: null, to: null }),
    ).toEqual({ first: "2022-01-20", last: "2022-04-05" });
    expect(
      timelineDateRange(nullStancesAndTies, ["crimea"], all, { from: "2022-02-01", to: null }),
    ).toEqual({ first: "2022-02-01", last: "2022-06-01" });
    expect(timelineDateRange(nullStancesAndTies, ["nope"], all, { from: null, to: null })).toBe(
      null,
    );
  });
});

describe("narrowWindow", () => {
  it("keeps the later start and the earlier end", () => {
    expect(
      narrowWindow({ from: "2025-01-01", to: "2025-12-31" }, { from: "2025-08-18", to: null }),
    ).toEqual({ from: "2025-08-18", to: "2025-12-31" });
    expect(
      narrowWindow({ from: "2025-08-19", to: null }, { from: "2025-08-18", to: "2025-08-21" }),
    ).toEqual({ from: "2025-08-19", to: "2025-08-21" });
  });

  it("leaves an open filter open where the zoom is open", () => {
    expect(narrowWindow({ from: null, to: null }, { from: null, to: null })).toEqual({
      from: null,
      to: null,
    });
  });

  it("reads a zoom typed back to front the right way round", () => {
    expect(
      narrowWindow({ from: null, to: null }, { from: "2025-08-21", to: "2025-08-18" }),
    ).toEqual({ from: "2025-08-18", to: "2025-08-21" });
  });
});
