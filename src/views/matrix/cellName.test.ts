import { describe, expect, it } from "vitest";
import { makeIssue, makeParty, makeStatement } from "../../domain/__fixtures__/makeDataset";
import type { PositionCell } from "../../domain/positionsAsOf";
import { cellName } from "./cellName";
import type { MatrixCellView } from "./matrixModel";

const issue = { ...makeIssue("territory", ["t0", "t1", "t2"]), name: "Territory" };
const party = { ...makeParty("ru"), name: "Russia" };
const [t0, t1] = issue.stances;
const said = makeStatement({
  id: "a",
  date: "2024-03-01",
  partyId: "ru",
  issueId: "territory",
  stanceId: "t1",
});

function cell(stanceIndex: number | null, statementCount: number): PositionCell {
  const stance = stanceIndex === null ? null : (issue.stances[stanceIndex] ?? null);
  const statements = Array.from({ length: statementCount }, () => said);
  return {
    issueId: "territory",
    partyId: "ru",
    stance,
    stanceIndex,
    scaleSize: 3,
    statements,
    latest: statements[0] ?? null,
    stanceStatement: stance === null ? null : said,
    isAccount: false,
    differingAccounts: [],
    held: null,
  };
}

function view(current: PositionCell, previous: PositionCell | null = null): MatrixCellView {
  const isChanged = previous !== null && previous.stanceIndex !== current.stanceIndex;
  return { issue, party, current, previous, isChanged };
}

describe("cellName", () => {
  it("names party and issue, then the stance and its place without parentheses", () => {
    expect(t1?.label).toBe("t1");
    expect(cellName(view(cell(1, 1)))).toBe("Russia on Territory: t1, 2 of 3. 1 statement.");
  });

  it("says 'No stated position' for an empty cell and counts zero statements", () => {
    expect(cellName(view(cell(null, 0)))).toBe(
      "Russia on Territory: No stated position. 0 statements.",
    );
  });

  it("says 'No clear stance' where statements exist but none states a stance", () => {
    expect(cellName(view(cell(null, 2)))).toBe(
      "Russia on Territory: No clear stance. 2 statements.",
    );
  });

  it("reads before → now in compare mode, the unshown earlier place in parentheses, marks the change and says which way, as the cell shows it", () => {
    expect(t0?.label).toBe("t0");
    expect(cellName(view(cell(1, 2), cell(0, 1)))).toBe(
      "Russia on Territory: t0 (1 of 3) → t1, 2 of 3; Changed; Moved 1 step toward last stance. 2 statements.",
    );
  });

  it("shows only now in compare mode when neither date has a stance", () => {
    expect(cellName(view(cell(null, 0), cell(null, 0)))).toBe(
      "Russia on Territory: No stated position. 0 statements.",
    );
  });

  it("reads only the current stance when it held (unchanged cells stay quiet)", () => {
    expect(cellName(view(cell(2, 3), cell(2, 1)))).toBe(
      "Russia on Territory: t2, 3 of 3. 3 statements.",
    );
  });
});
