// The answer line, worked by hand on a made-up model: three issues, Russia and Ukraine.
import { describe, expect, it } from "vitest";
import { makeIssue, makeParty } from "../../domain/__fixtures__/makeDataset";
import { answerLine } from "./answerLine";
import type { GapView, MatrixCellView, MatrixModel } from "./matrixModel";

const ru = makeParty("ru");
const ua = makeParty("ua");
const issues = [
  makeIssue("nato", ["a", "b", "c"]),
  makeIssue("sanctions", ["a", "b", "c", "d"]),
  makeIssue("talks", ["a", "b"]),
];
const gap = (i: number, steps: number | null): GapView => {
  const issue = issues[i] as (typeof issues)[number];
  const scaleSteps = issue.stances.length - 1;
  return {
    issue,
    steps,
    gap: steps === null ? null : steps / scaleSteps,
    scaleSteps,
    previous: null,
  };
};

function model(
  gaps: GapView[],
  changed: [number, typeof ru][] = [],
  compareFrom: string | null = null,
): MatrixModel {
  const cells = new Map<string, MatrixCellView>();
  for (const [i, party] of changed) {
    const issue = issues[i] as (typeof issues)[number];
    cells.set(`${issue.id}:${party.id}`, {
      issue,
      party,
      isChanged: true,
    } as unknown as MatrixCellView);
  }
  return {
    asOf: "2025-08-21",
    compareFrom,
    issues,
    parties: [ru, ua],
    cells,
    gapParties: [ru, ua],
    gaps,
    changedCount: changed.length,
  };
}

describe("answerLine", () => {
  it("names the widest and the closest issue in steps, and the cells they open", () => {
    // nato 1 of 2 (0.5), sanctions 3 of 3 (1), talks: no gap
    const answer = answerLine(model([gap(0, 1), gap(1, 3), gap(2, null)]));
    expect(answer.pair).toBe("Party ru and Party ua");
    expect(answer.furthest).toEqual({
      text: "Issue sanctions (3 of 3 steps)",
      cell: { issueId: "sanctions", partyId: "ru" },
    });
    expect(answer.closest).toEqual({
      text: "Issue nato (1 of 2 steps)",
      cell: { issueId: "nato", partyId: "ru" },
    });
  });

  it("breaks a tie in steps by the share of the scale", () => {
    // nato 2 of 2 (1) is further apart than sanctions 2 of 3 (0.67)
    const answer = answerLine(model([gap(0, 2), gap(1, 2)]));
    expect(answer.furthest?.cell.issueId).toBe("nato");
    expect(answer.closest?.cell.issueId).toBe("sanctions");
  });

  it("does not name one issue as both furthest and closest", () => {
    expect(answerLine(model([gap(0, 1)])).closest).toBeNull();
  });

  it("lists the changed cells, at most three", () => {
    const answer = answerLine(
      model(
        [gap(0, 1)],
        [
          [0, ru],
          [1, ru],
          [1, ua],
          [2, ua],
        ],
        "2025-01-01",
      ),
      3,
    );
    expect(answer.changed.map((part) => part.text)).toEqual([
      "Party ru on Issue nato",
      "Party ru on Issue sanctions",
      "Party ua on Issue sanctions",
    ]);
    expect(answer.changedCount).toBe(4);
  });
});
