import { describe, expect, it } from "vitest";
import { layoutGapChart } from "./gapChartLayout";
import { toIsoDate, toTime } from "./timeTicks";

describe("layoutGapChart", () => {
  it("marks every gap point and runs the line to the axis end", () => {
    const layout = layoutGapChart(
      [
        { date: "2025-01-10", gap: 1, stanceIndexA: 0, stanceIndexB: 4 },
        { date: "2025-03-01", gap: 0.25, stanceIndexA: 3, stanceIndexB: 4 },
      ],
      [toTime("2025-01-01"), toTime("2025-06-30")],
      600,
    );
    expect(layout.markers.map((marker) => [toIsoDate(marker.x), marker.y])).toEqual([
      ["2025-01-10", 1],
      ["2025-03-01", 0.25],
    ]);
    expect(layout.steps.map((step) => [toIsoDate(step.x), step.y])).toEqual([
      ["2025-01-10", 1],
      ["2025-03-01", 0.25],
      ["2025-06-30", 0.25],
    ]);
  });

  it("marks only the points where a stance changed, never dropping a change", () => {
    const layout = layoutGapChart(
      [
        { date: "2025-01-10", gap: 1, stanceIndexA: 0, stanceIndexB: 4 },
        { date: "2025-01-11", gap: 1, stanceIndexA: 0, stanceIndexB: 4 },
        { date: "2025-01-12", gap: 0.5, stanceIndexA: 2, stanceIndexB: 4 },
        // Same gap, but both moved: still a change.
        { date: "2025-01-13", gap: 0.5, stanceIndexA: 1, stanceIndexB: 3 },
        { date: "2025-01-14", gap: 0.5, stanceIndexA: 1, stanceIndexB: 3 },
      ],
      [toTime("2025-01-01"), toTime("2025-01-31")],
      600,
    );
    expect(layout.markers.map((marker) => toIsoDate(marker.x))).toEqual([
      "2025-01-10",
      "2025-01-12",
      "2025-01-13",
    ]);
    expect(layout.steps.map((step) => [toIsoDate(step.x), step.y])).toEqual([
      ["2025-01-10", 1],
      ["2025-01-12", 0.5],
      ["2025-01-13", 0.5],
      ["2025-01-31", 0.5],
    ]);
  });

  it("is empty without points", () => {
    const layout = layoutGapChart([], [toTime("2025-01-01"), toTime("2025-06-30")], 600);
    expect([layout.steps, layout.markers]).toEqual([[], []]);
  });
});
