// Validation is bounded: inputs past Parley's limits are refused with one clear problem, a
// flood of bad records gives a capped list fast, and no JSON value of any depth makes it throw.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import riverland from "./__fixtures__/riverland-v1.json";
import { readDatasetFile } from "./import/readDatasetFile";
import { parseDataset } from "./validate";

const copy = () => JSON.parse(JSON.stringify(riverland));
const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const today = "2026-01-02";

describe("dataset limits", () => {
  it("refuses a million parties (a 2 MB file of zeros) with one problem, not a stack overflow", () => {
    const input = copy();
    input.parties = new Array(1_000_000).fill(0);
    const result = readDatasetFile({ name: "zeros.json", bytes: bytesOf(input), today });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ path: "parties", found: "1,000,000 parties" });
    expect(result.problems[0]?.expected).toMatch(/^at most 100 parties\. Parley opens datasets/);
    expect(result.message).toContain("up to 100 parties, 200 issues (30 stances each)");
  });

  it("refuses 130,000 statements by the limit, before reading any of them", () => {
    const input = copy();
    const statement = { ...input.statements[0], summary: "" };
    input.statements = new Array(130_000).fill(statement);
    const result = parseDataset(input);
    expect(result.ok ? [] : result.problems).toEqual([
      {
        path: "statements",
        expected: expect.stringContaining("at most 100,000 statements"),
        found: "130,000 statements",
      },
    ]);
  });

  it("lists the first 1,000 of 100,000 bad summaries and counts them all", () => {
    const input = copy();
    input.statements = Array.from({ length: 100_000 }, (_, i) => ({
      ...input.statements[0],
      id: `s${i}`,
      summary: "",
    }));
    const result = readDatasetFile({ name: "bad.json", bytes: bytesOf(input), today });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1_000);
    expect(result.problemCount).toBe(100_000);
    expect(result.problems[999]).toEqual({
      path: "statements[999].summary",
      expected: "text of at least 1 character(s)",
      found: '""',
    });
    expect(result.message).toBe(
      "bad.json is not a valid Parley dataset (100,000 problems; the first 1,000 are listed).",
    );
  }, 30_000);

  it.each([
    ["100 parties", "parties", 100, true],
    ["101 parties", "parties", 101, false],
    ["5,000 sources", "sources", 5_000, true],
    ["5,001 sources", "sources", 5_001, false],
  ] as const)("at the edge: %s", (_name, key, count, isValid) => {
    const input = copy();
    const first = input[key][0];
    input[key] = Array.from({ length: count }, (_, i) =>
      i < input[key].length ? input[key][i] : { ...first, id: `extra-${i}` },
    );
    const result = parseDataset(input);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(isValid ? [] : [key]);
  });

  it("refuses an issue of 31 stances, accepts 30", () => {
    const withStances = (count: number) => {
      const input = copy();
      input.issues[1].stances = Array.from({ length: count }, (_, i) => ({
        id: i < 3 ? input.issues[1].stances[i].id : `stance-${i}`,
        label: `Stance ${i}`,
        description: "",
      }));
      return parseDataset(input);
    };
    expect(withStances(30).ok).toBe(true);
    const refused = withStances(31);
    expect(refused.ok ? [] : refused.problems).toEqual([
      {
        path: "issues[1].stances",
        expected: "at most 30 item(s) (Parley's limit)",
        found: "an array of 31",
      },
    ]);
  });
});

describe("parseDataset never throws", () => {
  it("for any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        expect(typeof parseDataset(value).ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });

  it("for any JSON value put where a dataset's parts go", () => {
    const slots = fc.constantFrom("meta", "parties", "issues", "sources", "statements", "events");
    fc.assert(
      fc.property(slots, fc.jsonValue({ maxDepth: 4 }), (slot, value) => {
        const input = copy();
        input[slot] = slot === "meta" ? value : [value, ...(input[slot] ?? [])];
        expect(typeof parseDataset(input).ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });

  it("for a value nested 100,000 levels deep, wherever it sits", () => {
    let deep: unknown = "bottom";
    for (let level = 0; level < 100_000; level++) deep = level % 2 ? [deep] : { deep };
    for (const place of ["meta", "statement", "speaker", "unknown field"]) {
      const input = copy();
      if (place === "meta") input.meta = deep;
      if (place === "statement") input.statements[0] = deep;
      if (place === "speaker") input.statements[0].speaker = deep;
      if (place === "unknown field") input.statements[0].extra = deep;
      const result = parseDataset(input);
      expect(result.ok, place).toBe(place === "unknown field");
    }
  });
});

describe("unknown fields", () => {
  it("are named in a warning, with how often each occurs, and left out", () => {
    const input = copy();
    input.parties[0].colour = "#ff0000";
    input.statements[0].reportedby = "someone";
    input.statements[0].Quote = "x";
    input.statements[1].Quote = "y";
    const result = parseDataset(input);
    expect(result.ok && result.warnings).toEqual([
      "3 fields were not recognised and were left out: parties[].colour, statements[].reportedby, statements[].Quote (2 times).",
    ]);
    expect(result.ok && Object.hasOwn(result.value.statements[0] as object, "Quote")).toBe(false);
  });
});
