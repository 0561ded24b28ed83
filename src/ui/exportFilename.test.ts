import { describe, expect, it } from "vitest";
import { exportFilename, isoDay } from "./exportFilename";

describe("exportFilename", () => {
  it.each([
    [
      "russia-ukraine",
      "statements",
      new Date(2025, 7, 21),
      "csv",
      "russia-ukraine-statements-2025-08-21.csv",
    ],
    ["talks", "statements", new Date(2024, 0, 5), "json", "talks-statements-2024-01-05.json"],
    ["x", "sources", new Date(2025, 11, 31, 23, 59), "csv", "x-sources-2025-12-31.csv"],
    ["x", "matrix", "2025-08-21", "csv", "x-matrix-2025-08-21.csv"],
  ])("%s / %s on %s as %s", (datasetId, view, date, extension, expected) => {
    expect(exportFilename(datasetId, view, date, extension)).toBe(expected);
  });

  it("defaults to .csv", () => {
    expect(exportFilename("a", "b", new Date(2025, 1, 3))).toBe("a-b-2025-02-03.csv");
  });
});

describe("isoDay", () => {
  it("uses the local calendar day, zero-padded", () => {
    expect(isoDay(new Date(2025, 2, 4, 0, 30))).toBe("2025-03-04");
  });
});
