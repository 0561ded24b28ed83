import { describe, expect, it } from "vitest";
import { makeDataset, makeIssue, makeParty, makeStatement } from "../__fixtures__/makeDataset";
import { isChangedSince } from "./changes";

const s1 = makeStatement({
  id: "s1",
  date: "2025-01-02",
  partyId: "north",
  issueId: "bridge",
  stanceId: "open",
  summary: "North wants the bridge open.",
});
const dataset = makeDataset("stale", {
  parties: [makeParty("north")],
  issues: [makeIssue("bridge", ["open", "closed"])],
  statements: [s1],
});

describe("isChangedSince", () => {
  it("is false for the item as the form saw it, even as a new object read from storage", () => {
    expect(isChangedSince(dataset, "statements", s1)).toBe(false);
    expect(isChangedSince(JSON.parse(JSON.stringify(dataset)), "statements", s1)).toBe(false);
  });

  it("is true once another tab changed one field of it", () => {
    const other = { ...dataset, statements: [{ ...s1, summary: "North wants it closed." }] };
    expect(isChangedSince(other, "statements", s1)).toBe(true);
  });

  it("is true once it is gone", () => {
    expect(isChangedSince({ ...dataset, statements: [] }, "statements", s1)).toBe(true);
  });

  it("looks in the collection named: a party renamed elsewhere", () => {
    const north = dataset.parties[0] as (typeof dataset.parties)[number];
    const renamed = { ...dataset, parties: [{ ...north, name: "Northland" }] };
    expect(isChangedSince(renamed, "parties", north)).toBe(true);
    expect(isChangedSince(renamed, "statements", s1)).toBe(false);
  });
});
