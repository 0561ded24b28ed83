import { describe, expect, it } from "vitest";
import type { Speaker } from "../schema";
import { handMadeDataset, said } from "./__fixtures__/handMade";
import { findContradictions } from "./contradictions";

const a: Speaker = { name: "Speaker A", role: "" };
const b: Speaker = { name: "Speaker B", role: "" };

function alerts(
  statements: ReturnType<typeof said>[],
  thresholds?: { minSteps: number; maxDays: number },
) {
  return findContradictions(
    handMadeDataset(statements),
    ["i"],
    ["p", "q", "r"],
    "2025-12-31",
    thresholds,
  ).map((alert) => [alert.partyId, alert.earlier.date, alert.later.date, alert.steps, alert.days]);
}

describe("findContradictions", () => {
  it("flags two speakers two steps apart 30 days apart", () => {
    expect(
      alerts([
        said("2025-01-01", "p", 0, { speaker: a }),
        said("2025-01-31", "p", 2, { speaker: b }),
      ]),
    ).toEqual([["p", "2025-01-01", "2025-01-31", 2, 30]]);
  });

  it("does not flag them 31 days apart, unless the window is widened", () => {
    const statements = [
      said("2025-01-01", "q", 0, { speaker: a }),
      said("2025-02-01", "q", 2, { speaker: b }),
    ];
    expect(alerts(statements)).toEqual([]);
    expect(alerts(statements, { minSteps: 2, maxDays: 31 })).toEqual([
      ["q", "2025-01-01", "2025-02-01", 2, 31],
    ]);
  });

  it("does not flag one step apart, unless the threshold is lowered", () => {
    const statements = [
      said("2025-01-01", "p", 1, { speaker: a }),
      said("2025-01-02", "p", 2, { speaker: b }),
    ];
    expect(alerts(statements)).toEqual([]);
    expect(alerts(statements, { minSteps: 1, maxDays: 30 })).toHaveLength(1);
  });

  it("does not flag one speaker changing its mind, nor a standing position", () => {
    expect(
      alerts([
        said("2025-01-01", "r", 0, { speaker: a }),
        said("2025-01-10", "r", 4, { speaker: a }),
        said("2025-01-12", "r", 4, { speaker: b, dateBasis: "standing" }),
      ]),
    ).toEqual([]);
  });

  it("does not flag two parties that disagree", () => {
    expect(
      alerts([
        said("2025-01-01", "p", 0, { speaker: a }),
        said("2025-01-02", "q", 4, { speaker: b }),
      ]),
    ).toEqual([]);
  });

  it("pairs a statement with the latest earlier one by another speaker", () => {
    expect(
      alerts([
        said("2025-01-01", "p", 0, { speaker: a }),
        said("2025-01-05", "p", 0, { speaker: b }),
        said("2025-01-20", "p", 3, { speaker: a }),
      ]),
    ).toEqual([["p", "2025-01-05", "2025-01-20", 3, 15]]);
  });

  it("reads only statements up to the as-of date", () => {
    const dataset = handMadeDataset([
      said("2025-01-01", "p", 0, { speaker: a }),
      said("2025-01-20", "p", 4, { speaker: b }),
    ]);
    expect(findContradictions(dataset, ["i"], ["p"], "2025-01-19")).toEqual([]);
  });
});
