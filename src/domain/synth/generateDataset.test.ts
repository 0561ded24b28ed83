import { describe, expect, it } from "vitest";
import { parseDataset } from "../validate";
import { generateDataset } from "./generateDataset";

describe("generateDataset", () => {
  it("makes a valid dataset of the asked size", () => {
    const dataset = generateDataset({ statements: 2_000 });
    expect(dataset.statements).toHaveLength(2_000);
    const result = parseDataset(dataset);
    expect(result.ok ? [] : result.problems.slice(0, 3)).toEqual([]);
  });

  it("is deterministic for a seed and differs across seeds", () => {
    expect(generateDataset({ statements: 300, seed: 7 })).toEqual(
      generateDataset({ statements: 300, seed: 7 }),
    );
    expect(generateDataset({ statements: 300, seed: 7 })).not.toEqual(
      generateDataset({ statements: 300, seed: 8 }),
    );
  });

  it("has the realistic shape the benchmarks rely on", () => {
    const dataset = generateDataset({ statements: 5_000, seed: 3 });
    expect(dataset.parties.length).toBeGreaterThanOrEqual(4);
    expect(dataset.parties.length).toBeLessThanOrEqual(12);
    expect(dataset.issues.length).toBeGreaterThanOrEqual(5);
    expect(dataset.issues.length).toBeLessThanOrEqual(20);
    for (const issue of dataset.issues) {
      expect(issue.stances.length).toBeGreaterThanOrEqual(3);
      expect(issue.stances.length).toBeLessThanOrEqual(7);
    }
    const quotes = dataset.statements.map((s) => s.quote ?? "");
    expect(quotes.some((q) => q.includes(","))).toBe(true);
    expect(quotes.some((q) => q.includes('"'))).toBe(true);
    expect(quotes.some((q) => q.includes("\n"))).toBe(true);
    const years = new Set(dataset.statements.map((s) => s.date.slice(0, 4)));
    expect(years.size).toBeGreaterThan(3);
  });

  it("writes newlines in quotes as LF only", () => {
    const dataset = generateDataset({ statements: 100 });
    expect(dataset.statements.every((s) => !(s.quote ?? "").includes("\r"))).toBe(true);
  });
});
