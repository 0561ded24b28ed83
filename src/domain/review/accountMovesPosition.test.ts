import { describe, expect, it } from "vitest";
import { contextOf, makeStatement } from "./__fixtures__/reviewFixture";
import { accountMovesPosition } from "./accountMovesPosition";

const reporter = { name: "Cal Rival", role: "Minister of South" };

describe("accountMovesPosition", () => {
  it("flags another party's account that would replace the party's own latest stance", () => {
    const flags = accountMovesPosition(
      contextOf({
        statements: [
          makeStatement({
            id: "own",
            date: "2025-03-01",
            partyId: "north",
            issueId: "border",
            stanceId: "a",
          }),
          makeStatement({
            id: "told",
            date: "2025-04-01",
            partyId: "north",
            issueId: "border",
            stanceId: "c",
            reportedBy: reporter,
          }),
        ],
      }),
    );
    expect(flags).toEqual([
      {
        rule: "account-moves-position",
        statementIds: ["told", "own"],
        message:
          "told is Cal Rival’s account of Party north’s position (“c”) and would become its shown position on 2025-04-01, though its own latest, own (2025-03-01), says “a”.",
        evidence: "reported by Cal Rival: “c”",
      },
    ]);
  });

  it("leaves an account that agrees, has no stance, or is outdone the same day by the party", () => {
    const flags = accountMovesPosition(
      contextOf({
        statements: [
          makeStatement({
            id: "own",
            date: "2025-03-01",
            partyId: "north",
            issueId: "border",
            stanceId: "a",
          }),
          makeStatement({
            id: "agrees",
            date: "2025-03-05",
            partyId: "north",
            issueId: "border",
            stanceId: "a",
            reportedBy: reporter,
          }),
          makeStatement({
            id: "vague",
            date: "2025-03-06",
            partyId: "north",
            issueId: "border",
            stanceId: null,
            reportedBy: reporter,
          }),
          makeStatement({
            id: "told",
            date: "2025-03-07",
            partyId: "north",
            issueId: "border",
            stanceId: "d",
            reportedBy: reporter,
          }),
          makeStatement({
            id: "own2",
            date: "2025-03-07",
            partyId: "north",
            issueId: "border",
            stanceId: "b",
          }),
        ],
      }),
    );
    expect(flags).toEqual([]);
  });
});
