import { describe, expect, it } from "vitest";
import { datasetLabel } from "./datasetLabel";

const one = { title: "One talks", statementCount: 1 };

describe("datasetLabel", () => {
  it("names the built-in dataset", () => {
    expect(datasetLabel(one, null)).toBe("One talks · 1 statement · built in");
  });

  it("dates an import by the local day it was made", () => {
    // Noon local time is the same calendar day in every time zone's reading of it.
    const noon = new Date(2026, 10, 23, 12).toISOString();
    expect(datasetLabel({ ...one, statementCount: 0 }, { importedAt: noon, status: "kept" })).toBe(
      "One talks · 0 statements · imported 23 November 2026",
    );
  });

  it("says when an import could not be kept", () => {
    const label = datasetLabel(one, { importedAt: "garbage", status: "session" });
    expect(label).toBe("One talks · 1 statement · imported · this session only");
  });

  it("says when another tab removed it", () => {
    const label = datasetLabel(one, { importedAt: "garbage", status: "removed-elsewhere" });
    expect(label).toBe("One talks · 1 statement · imported · removed in another tab");
  });
});
