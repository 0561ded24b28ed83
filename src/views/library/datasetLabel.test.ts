import { describe, expect, it } from "vitest";
import {
  makeDataset,
  makeIssue,
  makeParty,
  makeStatement,
} from "../../domain/__fixtures__/makeDataset";
import { datasetLabel } from "./datasetLabel";

const one = makeDataset("one", {
  parties: [makeParty("a")],
  issues: [makeIssue("i", ["x", "y"])],
  statements: [
    makeStatement({ id: "s", date: "2024-01-01", partyId: "a", issueId: "i", stanceId: "x" }),
  ],
});

describe("datasetLabel", () => {
  it("names the built-in dataset", () => {
    expect(datasetLabel(one, null)).toBe(`${one.meta.title} · 1 statement · built in`);
  });

  it("dates an import by the local day it was made", () => {
    // Noon local time is the same calendar day in every time zone's reading of it.
    const noon = new Date(2026, 10, 23, 12).toISOString();
    expect(datasetLabel({ ...one, statements: [] }, { importedAt: noon, isKept: true })).toBe(
      `${one.meta.title} · 0 statements · imported 23 November 2026`,
    );
  });

  it("says when an import could not be kept", () => {
    const label = datasetLabel(one, { importedAt: "garbage", isKept: false });
    expect(label).toBe(`${one.meta.title} · 1 statement · imported · this session only`);
  });
});
