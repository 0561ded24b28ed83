import { describe, expect, it } from "vitest";
import { makeDataset, makeIssue, makeParty, makeStatement } from "./__fixtures__/makeDataset";
import { changesBetween } from "./changesBetween";
import { createScope, indexDataset, NO_FILTERS } from "./scope";
import { statementWhenText } from "./statementText";

// One issue with stances a < b < c, two parties.
//   ru: a stated 01-10; b only from a standing statement reported 03-05.
//   ua: a stated 01-10; c stated 03-01, then c again as a standing statement 03-05.
//   us: b standing 01-10 (its first position, known only as standing), a standing 03-05, then
//       c stated 03-20.
const dataset = makeDataset("standing-test", {
  parties: [makeParty("ru"), makeParty("ua"), makeParty("us")],
  issues: [makeIssue("talks", ["a", "b", "c"])],
  statements: [
    makeStatement({
      id: "ru-1",
      date: "2024-01-10",
      partyId: "ru",
      issueId: "talks",
      stanceId: "a",
    }),
    makeStatement({
      id: "ru-2",
      date: "2024-03-05",
      partyId: "ru",
      issueId: "talks",
      stanceId: "b",
      dateBasis: "standing",
    }),
    makeStatement({
      id: "ua-1",
      date: "2024-01-10",
      partyId: "ua",
      issueId: "talks",
      stanceId: "a",
    }),
    makeStatement({
      id: "ua-2",
      date: "2024-03-01",
      partyId: "ua",
      issueId: "talks",
      stanceId: "c",
    }),
    makeStatement({
      id: "ua-3",
      date: "2024-03-05",
      partyId: "ua",
      issueId: "talks",
      stanceId: "c",
      dateBasis: "standing",
    }),
    makeStatement({
      id: "us-1",
      date: "2024-01-10",
      partyId: "us",
      issueId: "talks",
      stanceId: "b",
      dateBasis: "standing",
    }),
    makeStatement({
      id: "us-2",
      date: "2024-03-05",
      partyId: "us",
      issueId: "talks",
      stanceId: "a",
      dateBasis: "standing",
    }),
    makeStatement({
      id: "us-3",
      date: "2024-03-20",
      partyId: "us",
      issueId: "talks",
      stanceId: "c",
    }),
  ],
});
const cells = (list: readonly { issueId: string; partyId: string }[]) =>
  list.map((change) => `${change.issueId}/${change.partyId}`);

describe("compare mode and standing statements", () => {
  it("does not count a cell moved only by a standing statement", () => {
    // ru a→b by standing ru-2: no move. ua a→c by stated ua-2: a move. us b→a by standing us-2: no move.
    expect(cells(changesBetween(dataset, "2024-02-01", "2024-03-10"))).toEqual(["talks/ua"]);
  });

  it("counts a move a stated statement makes, even after a standing one in the window", () => {
    // us: b (standing, 01-10) → a (standing, 03-05) → c (stated, 03-20).
    const changes = changesBetween(dataset, "2024-02-01", "2024-03-31");
    expect(cells(changes)).toEqual(["talks/ua", "talks/us"]);
    expect(changes[1]?.statements.map((statement) => statement.id)).toEqual(["us-2", "us-3"]);
  });

  it("still shows the standing statement's stance as the position held", () => {
    const [row] = createScope(indexDataset(dataset), NO_FILTERS).positionsAt("2024-03-10").rows;
    expect(row?.cells.map((cell) => cell.stance?.id)).toEqual(["b", "c", "a"]);
  });

  it("gives the scope's changesBetween the same answer", () => {
    const scope = createScope(indexDataset(dataset), NO_FILTERS);
    expect(cells(scope.changesBetween("2024-02-01", "2024-03-10"))).toEqual(["talks/ua"]);
  });
});

describe("statementWhenText", () => {
  it("says a standing statement's date is when the position was reported", () => {
    expect(
      statementWhenText({ date: "2024-03-05", datePrecision: "day", dateBasis: "standing" }),
    ).toBe("standing position reported on 5 March 2024");
    expect(
      statementWhenText({ date: "2024-03-01", datePrecision: "month", dateBasis: "standing" }),
    ).toBe("standing position reported on March 2024");
  });

  it("gives a stated statement's date as it is", () => {
    expect(
      statementWhenText({ date: "2024-03-05", datePrecision: "day", dateBasis: "stated" }),
    ).toBe("5 March 2024");
    expect(statementWhenText({ date: "2024-03-05", datePrecision: "day" })).toBe("5 March 2024");
  });
});
