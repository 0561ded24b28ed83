import { describe, expect, it } from "vitest";
import { makeParty } from "./__fixtures__/makeDataset";
import {
  chooseGapParty,
  defaultCompareFrom,
  pickById,
  resolveAsOf,
  resolveCompareFrom,
  resolveGapPair,
  storedAsOf,
} from "./resolveChoices";

const ru = makeParty("ru");
const ua = makeParty("ua");
const us = makeParty("us");
const eu = makeParty("eu");
const parties = [ru, ua, us, eu];
const ids = (pair: readonly { id: string }[] | null) => pair?.map((party) => party.id) ?? null;

describe("pickById", () => {
  it("keeps dataset order whatever the order of the ids, and all records for no ids", () => {
    expect(ids(pickById(parties, ["eu", "ru"]))).toEqual(["ru", "eu"]);
    expect(ids(pickById(parties, []))).toEqual(["ru", "ua", "us", "eu"]);
    expect(ids(pickById(parties, ["gone"]))).toEqual([]);
  });
});

describe("resolveGapPair", () => {
  it.each<[string, string[], [string, string] | null, string[] | null]>([
    ["no choice, no filter: the first two parties", [], null, ["ru", "ua"]],
    ["a valid choice wins over any filter", ["us"], ["eu", "ua"], ["eu", "ua"]],
    ["the first two shown parties", ["us", "eu"], null, ["us", "eu"]],
    ["one shown party, topped up with the first other", ["ua"], null, ["ua", "ru"]],
    ["a choice naming an unknown party falls back", [], ["ru", "gone"], ["ru", "ua"]],
    ["a choice of one party twice falls back", ["eu", "us"], ["ua", "ua"], ["us", "eu"]],
  ])("%s", (_, shown, chosen, expected) => {
    expect(ids(resolveGapPair(parties, shown, chosen))).toEqual(expected);
  });

  it("has no pair with fewer than two parties", () => {
    expect(resolveGapPair([ru], [], null)).toBeNull();
    expect(resolveGapPair([], [], ["ru", "ua"])).toBeNull();
  });
});

describe("chooseGapParty", () => {
  it.each<[0 | 1, string, [string, string]]>([
    [0, "us", ["us", "ua"]],
    [1, "us", ["ru", "us"]],
    [0, "ua", ["ua", "ru"]], // the other side's party: swapped, never ua against ua
    [1, "ru", ["ua", "ru"]],
    [0, "ru", ["ru", "ua"]], // the same party again changes nothing
  ])("side %i picking %s of [ru, ua] gives %j", (side, partyId, expected) => {
    expect(chooseGapParty(["ru", "ua"], side, partyId)).toEqual(expected);
  });
});

describe("resolveAsOf", () => {
  it.each<[string | null, string | null, ReturnType<typeof resolveAsOf>]>([
    [null, null, { date: "2025-08-21", reason: "latest" }],
    ["2024-12-31", null, { date: "2024-12-31", reason: "chosen" }],
    // "To" ends the record shown: the latest position is the one on the To date.
    [null, "2024-12-31", { date: "2024-12-31", reason: "filter-end" }],
    ["2025-03-01", "2024-12-31", { date: "2024-12-31", reason: "filter-end" }],
    ["2024-06-01", "2024-12-31", { date: "2024-06-01", reason: "chosen" }],
    [null, "2025-09-30", { date: "2025-08-21", reason: "latest" }],
  ])("stored %s with To %s", (stored, to, expected) => {
    expect(resolveAsOf(stored, "2025-08-21", to, "2025-09-01")).toEqual(expected);
  });

  it("falls back to the given date for a dataset without statements", () => {
    expect(resolveAsOf(null, null, null, "2025-09-01")).toEqual({
      date: "2025-09-01",
      reason: "latest",
    });
  });
});

describe("storedAsOf", () => {
  it("stores the newest date as null, so a link keeps following new data", () => {
    expect(storedAsOf("2025-08-21", "2025-08-21")).toBeNull();
    expect(storedAsOf("2024-12-31", "2025-08-21")).toBe("2024-12-31");
  });
});

describe("resolveCompareFrom", () => {
  it("is off for null, the date itself up to as-of, and as-of for a later date", () => {
    expect(resolveCompareFrom(null, "2025-01-01")).toBeNull();
    expect(resolveCompareFrom("2024-06-01", "2025-01-01")).toBe("2024-06-01");
    expect(resolveCompareFrom("2025-01-01", "2025-01-01")).toBe("2025-01-01");
    expect(resolveCompareFrom("2025-03-01", "2025-01-01")).toBe("2025-01-01");
  });
});

describe("defaultCompareFrom", () => {
  const dates = ["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01", "2024-05-01"];
  it("starts halfway back through the dates before as-of", () => {
    // Before 05-01: four dates; index floor(4 / 2) = 2.
    expect(defaultCompareFrom(dates, "2024-05-01")).toBe("2024-03-01");
    // Before 02-01: one date; index 0.
    expect(defaultCompareFrom(dates, "2024-02-01")).toBe("2024-01-01");
  });

  it("takes the first date when none is before as-of, and as-of with no dates at all", () => {
    expect(defaultCompareFrom(dates, "2024-01-01")).toBe("2024-01-01");
    expect(defaultCompareFrom([], "2024-01-01")).toBe("2024-01-01");
  });
});
