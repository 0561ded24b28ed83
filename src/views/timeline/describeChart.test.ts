import { describe, expect, it } from "vitest";
import { makeIssue, makeStatement } from "../../domain/__fixtures__/makeDataset";
import type { PartyStanceSeries } from "../../domain/stanceSeries";
import { describeChart } from "./describeChart";

const issue = { ...makeIssue("dam", ["build", "share", "halt"]), name: "Upland dam" };

function series(partyId: string, stanceIndexes: (number | null)[]): PartyStanceSeries {
  return {
    partyId,
    points: stanceIndexes.map((stanceIndex, i) => ({
      date: `2024-0${i + 1}-01`,
      stanceIndex,
      isAccount: false,
      statement: makeStatement({
        id: `${partyId}${i}`,
        date: `2024-0${i + 1}-01`,
        partyId,
        issueId: "dam",
        stanceId: null,
      }),
    })),
    steps: [],
  };
}

describe("describeChart", () => {
  it("names the parties drawn, the scale in order and the statement count", () => {
    expect(describeChart(issue, [series("a", [0, 2]), series("b", [1])], ["Upland", "Delta"])).toBe(
      "Step chart of the stances of Upland, Delta on Upland dam over time, from build, then share, then halt. 3 statements. The data table lists them.",
    );
  });

  it("says how many statements have no clear stance", () => {
    expect(describeChart(issue, [series("a", [0, null, null])], ["Upland"])).toBe(
      "Step chart of the stances of Upland on Upland dam over time, from build, then share, then halt. 3 statements, 2 of them with no clear stance. The data table lists them.",
    );
  });

  it("says 'no party' when no line is drawn", () => {
    expect(describeChart(issue, [], [])).toBe(
      "Step chart of the stances of no party on Upland dam over time, from build, then share, then halt. 0 statements. The data table lists them.",
    );
  });
});
