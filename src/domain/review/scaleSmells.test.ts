import { describe, expect, it } from "vitest";
import { contextOf, makeStatement } from "./__fixtures__/reviewFixture";
import { alternatingStances, firstStanceUntaken, unusedStances } from "./scaleSmells";

const on = { issueId: "border" };

describe("unusedStances", () => {
  it("flags a stance (after the first) no statement states, accepts or sets as a condition", () => {
    const flags = unusedStances(
      contextOf({
        statements: [
          makeStatement({
            ...on,
            id: "s1",
            date: "2025-01-01",
            partyId: "north",
            stanceId: "a",
            acceptable: { from: "a", to: "b" },
          }),
          makeStatement({ ...on, id: "s2", date: "2025-01-01", partyId: "south", stanceId: "d" }),
        ],
      }),
    );
    expect(flags).toEqual([
      {
        rule: "unused-stance",
        issueId: "border",
        stanceIds: ["c"],
        message:
          "No statement states, accepts or sets as a condition “c” on Issue border: is it a place anyone stands, or two stances in one?",
        evidence: "border: c",
      },
    ]);
  });

  it("leaves a scale every stance of which is used", () => {
    const flags = unusedStances(
      contextOf({
        stances: ["a", "b"],
        statements: [
          makeStatement({ ...on, id: "s1", date: "2025-01-01", partyId: "north", stanceId: "b" }),
        ],
      }),
    );
    expect(flags).toEqual([]);
  });
});

describe("firstStanceUntaken", () => {
  it("flags an issue whose first stance no party takes", () => {
    const flags = firstStanceUntaken(
      contextOf({
        statements: [
          makeStatement({
            ...on,
            id: "s1",
            date: "2025-01-01",
            partyId: "north",
            stanceId: "b",
            acceptable: { from: "a", to: "b" },
          }),
        ],
      }),
    );
    expect(flags.map((flag) => [flag.rule, flag.issueId, flag.stanceIds, flag.evidence])).toEqual([
      ["first-stance-untaken", "border", ["a"], "border: a"],
    ]);
  });

  it("leaves an issue whose first stance a party takes", () => {
    const flags = firstStanceUntaken(
      contextOf({
        statements: [
          makeStatement({ ...on, id: "s1", date: "2025-01-01", partyId: "south", stanceId: "a" }),
        ],
      }),
    );
    expect(flags).toEqual([]);
  });
});

describe("alternatingStances", () => {
  it("flags a party's own speakers going b → c → b within a fortnight", () => {
    const flags = alternatingStances(
      contextOf({
        statements: [
          makeStatement({ ...on, id: "s1", date: "2025-02-01", partyId: "north", stanceId: "b" }),
          makeStatement({ ...on, id: "s2", date: "2025-02-04", partyId: "north", stanceId: "c" }),
          makeStatement({ ...on, id: "s3", date: "2025-02-10", partyId: "north", stanceId: "b" }),
        ],
      }),
    );
    expect(flags).toEqual([
      {
        rule: "alternating-stances",
        statementIds: ["s1", "s2", "s3"],
        issueId: "border",
        stanceIds: ["b", "c"],
        message:
          "Party north’s own speakers go from “b” to “c” and back between 2025-02-01 and 2025-02-10: do the two stances overlap?",
        evidence: "b → c → b",
      },
    ]);
  });

  it("leaves a return after weeks, a jump of two stances, and another party's account", () => {
    const flags = alternatingStances(
      contextOf({
        statements: [
          makeStatement({ ...on, id: "s1", date: "2025-02-01", partyId: "north", stanceId: "b" }),
          makeStatement({ ...on, id: "s2", date: "2025-02-04", partyId: "north", stanceId: "c" }),
          makeStatement({ ...on, id: "s3", date: "2025-03-20", partyId: "north", stanceId: "b" }),
          makeStatement({ ...on, id: "t1", date: "2025-02-01", partyId: "south", stanceId: "a" }),
          makeStatement({ ...on, id: "t2", date: "2025-02-02", partyId: "south", stanceId: "c" }),
          makeStatement({ ...on, id: "t3", date: "2025-02-03", partyId: "south", stanceId: "a" }),
          makeStatement({
            ...on,
            id: "t4",
            date: "2025-02-04",
            partyId: "south",
            stanceId: "b",
            reportedBy: { name: "North's minister", role: "" },
          }),
          makeStatement({ ...on, id: "t5", date: "2025-02-05", partyId: "south", stanceId: "a" }),
        ],
      }),
    );
    expect(flags).toEqual([]);
  });
});
