// The provenance rule (issue 18), worked by hand on one party and one issue whose scale is
// keep (0) · split (1) · cede (2). "Account" statements carry reportedBy: another party's
// description of North's position.
import { describe, expect, it } from "vitest";
import { makeDataset, makeIssue, makeParty, makeStatement } from "./__fixtures__/makeDataset";
import { movementBetween } from "./deal/movement";
import { gapSeries } from "./gapSeries";
import { type PositionCell, positionsAsOf } from "./positionsAsOf";
import type { ProvenanceRule } from "./provenance";
import type { Statement } from "./schema";
import { stanceSeries } from "./stanceSeries";
import { indexStatements } from "./statementIndex";

const byOther = { name: "South's foreign minister", role: "Minister" };
const own = (id: string, date: string, stanceId: string | null, fields: Partial<Statement> = {}) =>
  makeStatement({ id, date, partyId: "north", issueId: "land", stanceId, ...fields });
const account = (id: string, date: string, stanceId: string | null) =>
  own(id, date, stanceId, { reportedBy: byOther });
const south = (id: string, date: string, stanceId: string) =>
  makeStatement({ id, date, partyId: "south", issueId: "land", stanceId });

function dataset(statements: Statement[]) {
  return makeDataset("provenance", {
    parties: [makeParty("north"), makeParty("south")],
    issues: [makeIssue("land", ["keep", "split", "cede"])],
    statements,
  });
}

function northCell(
  statements: Statement[],
  date: string,
  rule: ProvenanceRule = "own-first",
): PositionCell {
  const data = dataset(statements);
  const cell = positionsAsOf(data, date, indexStatements(data, rule)).rows[0]?.cells[0];
  if (!cell) throw new Error("no cell");
  return cell;
}

const summary = (cell: PositionCell) => ({
  stance: cell.stance?.id ?? null,
  from: cell.stanceStatement?.id ?? null,
  isAccount: cell.isAccount,
  differing: cell.differingAccounts.map((statement) => statement.id),
});

describe("a party's position: its own words first", () => {
  it("own, then an account that differs: the own stance stays, the account is noted", () => {
    const statements = [own("o1", "2024-01-01", "keep"), account("a1", "2024-02-01", "cede")];
    expect(summary(northCell(statements, "2024-03-01"))).toEqual({
      stance: "keep",
      from: "o1",
      isAccount: false,
      differing: ["a1"],
    });
  });

  it("an account, then the party's own words: the account stands in until they come", () => {
    const statements = [account("a1", "2024-01-01", "cede"), own("o1", "2024-02-01", "keep")];
    expect(summary(northCell(statements, "2024-01-15"))).toEqual({
      stance: "cede",
      from: "a1",
      isAccount: true,
      differing: [],
    });
    expect(summary(northCell(statements, "2024-03-01"))).toEqual({
      stance: "keep",
      from: "o1",
      isAccount: false,
      differing: ["a1"],
    });
  });

  it("only an account: it stands in, marked as an account", () => {
    expect(summary(northCell([account("a1", "2024-01-01", "split")], "2024-02-01"))).toEqual({
      stance: "split",
      from: "a1",
      isAccount: true,
      differing: [],
    });
  });

  it("two accounts that conflict, no own words: the later stands in, the other differs", () => {
    const statements = [account("a1", "2024-01-01", "split"), account("a2", "2024-02-01", "cede")];
    expect(summary(northCell(statements, "2024-03-01"))).toEqual({
      stance: "cede",
      from: "a2",
      isAccount: true,
      differing: ["a1"],
    });
  });

  it("an own statement without a stance does not let a later account in", () => {
    // Only a clear own stance makes an own position; before it, accounts still stand in.
    const statements = [own("o1", "2024-01-01", null), account("a1", "2024-02-01", "split")];
    expect(summary(northCell(statements, "2024-03-01")).stance).toBe("split");
  });

  it("with 'Count accounts by other parties as positions', the latest statement wins again", () => {
    const statements = [own("o1", "2024-01-01", "keep"), account("a1", "2024-02-01", "cede")];
    expect(summary(northCell(statements, "2024-03-01", "latest-wins"))).toEqual({
      stance: "cede",
      from: "a1",
      isAccount: true,
      differing: [],
    });
  });
});

describe("held since", () => {
  it("starts the run after another stance breaks it", () => {
    const statements = [
      own("o1", "2024-01-01", "keep"),
      own("o2", "2024-02-01", "split"),
      own("o3", "2024-03-01", "keep"),
      own("o4", "2024-04-01", "keep"),
    ];
    expect(northCell(statements, "2024-05-01").held).toEqual({
      date: "2024-03-01",
      isStanding: false,
      lastStated: "2024-04-01",
    });
  });

  it("says when the run starts with a standing position", () => {
    const statements = [
      own("o1", "2024-03-01", "keep", { dateBasis: "standing" }),
      own("o2", "2024-04-01", "keep"),
    ];
    expect(northCell(statements, "2024-05-01").held).toEqual({
      date: "2024-03-01",
      isStanding: true,
      lastStated: "2024-04-01",
    });
  });

  it("is not broken by a statement without a clear stance", () => {
    const statements = [
      own("o1", "2024-01-01", "keep"),
      own("o2", "2024-02-01", null),
      own("o3", "2024-03-01", "keep"),
    ];
    expect(northCell(statements, "2024-05-01").held).toEqual({
      date: "2024-01-01",
      isStanding: false,
      lastStated: "2024-03-01",
    });
  });

  it("is not broken by another party's account", () => {
    const statements = [
      own("o1", "2024-01-01", "keep"),
      account("a1", "2024-02-01", "cede"),
      own("o2", "2024-03-01", "keep"),
    ];
    expect(northCell(statements, "2024-05-01").held).toEqual({
      date: "2024-01-01",
      isStanding: false,
      lastStated: "2024-03-01",
    });
  });

  it("is null without a stance", () => {
    expect(northCell([own("o1", "2024-01-01", null)], "2024-02-01").held).toBeNull();
  });
});

describe("every answer follows the rule", () => {
  // North says keep, then South's minister says North would cede; South says split.
  const statements = [
    own("o1", "2024-01-01", "keep"),
    south("s1", "2024-01-01", "split"),
    account("a1", "2024-02-01", "cede"),
  ];
  const data = dataset(statements);

  it("the step line does not move on the account, but lists it as a marked point", () => {
    const [north] = stanceSeries(data, "land", indexStatements(data));
    expect(north?.steps).toEqual([{ date: "2024-01-01", stanceIndex: 0 }]);
    expect(north?.points.map((point) => [point.statement.id, point.isAccount])).toEqual([
      ["o1", false],
      ["a1", true],
    ]);
    const [northAgain] = stanceSeries(data, "land", indexStatements(data, "latest-wins"));
    expect(northAgain?.steps).toEqual([
      { date: "2024-01-01", stanceIndex: 0 },
      { date: "2024-02-01", stanceIndex: 2 },
    ]);
  });

  it("who moved does not count the account; the override does", () => {
    const moves = (rule: ProvenanceRule) =>
      movementBetween(
        data,
        ["land"],
        ["north"],
        "2024-01-15",
        "2024-03-01",
        indexStatements(data, rule),
      )[0]?.moves[0]?.steps;
    expect(moves("own-first")).toBe(0);
    expect(moves("latest-wins")).toBe(2);
  });

  it("the gap stays at one step (keep against split); the override makes it one the other way", () => {
    const gaps = (rule: ProvenanceRule) =>
      gapSeries(data, "land", "north", "south", indexStatements(data, rule)).map((point) => [
        point.date,
        point.stanceIndexA,
        point.stanceIndexB,
      ]);
    expect(gaps("own-first")).toEqual([["2024-01-01", 0, 1]]);
    expect(gaps("latest-wins")).toEqual([
      ["2024-01-01", 0, 1],
      ["2024-02-01", 2, 1],
    ]);
  });
});
