// Sorting the matrix's issues by the gap column, worked by hand (issue 18: four issues read
// "1 apart" while Sanctions was 3 steps apart and the others 2).
import { describe, expect, it } from "vitest";
import { makeIssue } from "../../domain/__fixtures__/makeDataset";
import type { MatrixGrid } from "./matrixGrid";
import { rowsByGap } from "./matrixGrid";
import type { GapView } from "./matrixModel";

function gridOf(gaps: [string, number | null, number][]): MatrixGrid {
  const views: GapView[] = gaps.map(([id, steps, scaleSteps]) => ({
    issue: makeIssue(id, ["a", "b"]),
    steps,
    gap: steps === null ? null : steps / scaleSteps,
    scaleSteps,
    previous: null,
  }));
  return {
    corner: "Issue",
    columns: [],
    rows: gaps.map(([id]) => ({ line: { id, label: id }, cells: [] })),
    gapPlacement: "column",
    gapLabel: "Gap: A – B",
    gaps: views,
  };
}

// nato 2 of 2 (1), sanctions 3 of 3 (1), talks none, troops 2 of 4 (0.5), land 2 of 3 (0.67)
const grid = gridOf([
  ["nato", 2, 2],
  ["sanctions", 3, 3],
  ["talks", null, 3],
  ["troops", 2, 4],
  ["land", 2, 3],
]);
const order = (which: "none" | "widest" | "closest") =>
  rowsByGap(grid, which).map(({ row }) => row.line.id);

describe("rowsByGap", () => {
  it("keeps the listed order unsorted", () => {
    expect(order("none")).toEqual(["nato", "sanctions", "talks", "troops", "land"]);
  });
  it("puts the widest first: steps, then share of the scale, no gap last", () => {
    expect(order("widest")).toEqual(["sanctions", "nato", "land", "troops", "talks"]);
  });
  it("puts the closest first, no gap still last", () => {
    expect(order("closest")).toEqual(["troops", "land", "nato", "sanctions", "talks"]);
  });
});
