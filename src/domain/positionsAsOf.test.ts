import { describe, expect, it } from "vitest";
import { nullStancesAndTies } from "./__fixtures__/nullStancesAndTies";
import { twoPartiesOneChange } from "./__fixtures__/twoPartiesOneChange";
import { type PositionCell, type PositionMatrix, positionsAsOf } from "./positionsAsOf";
import type { Dataset } from "./schema";

function cellAt(matrix: PositionMatrix, issueId: string, partyId: string): PositionCell {
  const cell = matrix.rows
    .find((row) => row.issue.id === issueId)
    ?.cells.find((candidate) => candidate.partyId === partyId);
  if (!cell) throw new Error(`no cell ${issueId}/${partyId}`);
  return cell;
}

function ids(cell: PositionCell): string[] {
  return cell.statements.map((statement) => statement.id);
}

describe("positionsAsOf", () => {
  it("lays out issues and parties in dataset order", () => {
    const matrix = positionsAsOf(nullStancesAndTies, "2022-06-01");
    expect(matrix.asOf).toBe("2022-06-01");
    expect(matrix.rows.map((row) => row.issue.id)).toEqual(["crimea", "ceasefire"]);
    for (const row of matrix.rows) {
      expect(row.cells.map((cell) => cell.partyId)).toEqual(["ua", "ru", "us"]);
      expect(row.cells.every((cell) => cell.issueId === row.issue.id)).toBe(true);
    }
    expect(cellAt(matrix, "crimea", "ua").scaleSize).toBe(3);
    expect(cellAt(matrix, "ceasefire", "ua").scaleSize).toBe(2);
  });

  it("has no stance and no statements anywhere before the first statement", () => {
    const matrix = positionsAsOf(nullStancesAndTies, "2022-01-19");
    for (const cell of matrix.rows.flatMap((row) => row.cells)) {
      expect(cell).toMatchObject({
        stance: null,
        stanceIndex: null,
        statements: [],
        latest: null,
        stanceStatement: null,
      });
    }
  });

  // Worked out from nullStancesAndTies (see the comments in the fixture).
  it.each<[string, string, number | null, string[], string | null]>([
    // date, party, stance index, statements behind the cell, latest
    ["2022-01-20", "ua", null, ["ua-0"], "ua-0"], // a no-stance statement on the date counts
    ["2022-02-09", "ua", null, ["ua-0"], "ua-0"],
    ["2022-02-10", "ua", 0, ["ua-0", "ua-1"], "ua-1"], // exactly on the date: included
    ["2022-03-28", "ua", 0, ["ua-0", "ua-1"], "ua-1"],
    ["2022-03-29", "ua", 1, ["ua-0", "ua-1", "ua-2"], "ua-2"],
    ["2022-04-05", "ua", 1, ["ua-0", "ua-1", "ua-2", "ua-3"], "ua-3"], // null does not erase
    ["2022-02-28", "ru", null, [], null],
    ["2022-03-01", "ru", 1, ["ru-1b", "ru-1a"], "ru-1a"], // tie: later in dataset order wins
    ["2022-05-01", "ru", 1, ["ru-1b", "ru-1a", "ru-3"], "ru-3"],
    ["2022-06-01", "ru", 1, ["ru-1b", "ru-1a", "ru-3", "ru-4", "ru-5"], "ru-5"],
    ["2030-01-01", "us", null, [], null], // a party that never spoke
  ])("on %s, %s holds stance index %s", (date, partyId, index, statementIds, latestId) => {
    const cell = cellAt(positionsAsOf(nullStancesAndTies, date), "crimea", partyId);
    expect(cell.stanceIndex).toBe(index);
    expect(cell.stance?.id ?? null).toBe(
      index === null ? null : nullStancesAndTies.issues[0]?.stances[index]?.id,
    );
    expect(ids(cell)).toEqual(statementIds);
    expect(cell.latest?.id ?? null).toBe(latestId);
  });

  it("points stanceStatement at the statement the stance comes from, not the latest", () => {
    const cell = cellAt(positionsAsOf(nullStancesAndTies, "2022-04-05"), "crimea", "ua");
    expect(cell.latest?.id).toBe("ua-3");
    expect(cell.stanceStatement?.id).toBe("ua-2");
  });

  it.each([
    ["2022-01-31", null],
    ["2022-02-01", "full-membership"],
    ["2022-03-14", "full-membership"],
    ["2022-03-15", "neutral-with-guarantees"],
  ])("on %s Ukraine's NATO stance is %s", (date, stanceId) => {
    const cell = cellAt(positionsAsOf(twoPartiesOneChange, date), "nato", "ua");
    expect(cell.stance?.id ?? null).toBe(stanceId);
  });

  it("treats a stance id the issue does not list as no stance", () => {
    const dataset: Dataset = {
      ...twoPartiesOneChange,
      statements: twoPartiesOneChange.statements.map((statement) =>
        statement.id === "ua-2" ? { ...statement, stanceId: "no-such-stance" } : statement,
      ),
    };
    const cell = cellAt(positionsAsOf(dataset, "2022-12-31"), "nato", "ua");
    expect(cell.stance?.id).toBe("full-membership");
    expect(cell.latest?.id).toBe("ua-2");
  });
});
