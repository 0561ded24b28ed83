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

  it("is empty without points", () => {
    const layout = layoutGapChart([], [toTime("2025-01-01"), toTime("2025-06-30")], 600);
    expect([layout.steps, layout.markers]).toEqual([[], []]);
  });
});
