import { describe, expect, it } from "vitest";
import {
  makeDataset,
  makeIssue,
  makeParty,
  makeStatement,
} from "../src/domain/__fixtures__/makeDataset";
import type { Dataset } from "../src/domain/schema";
import { runReview } from "./reviewCommand";

// One flag: s1's summary says "red line" but its firmness is "demand". Both stances are taken.
function dataset(): Dataset {
  return makeDataset("cli", {
    parties: [makeParty("north")],
    issues: [makeIssue("border", ["open", "shut"])],
    statements: [
      makeStatement({
        id: "s1",
        date: "2025-01-02",
        partyId: "north",
        issueId: "border",
        stanceId: "shut",
        firmness: "demand",
        summary: "North called the shut border its red line.",
      }),
      makeStatement({
        id: "s2",
        date: "2025-01-01",
        partyId: "north",
        issueId: "border",
        stanceId: "open",
      }),
    ],
  });
}

const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const run = (args: string[], value: unknown) => runReview(args, () => bytesOf(value), "2026-01-01");

describe("npm run review", () => {
  it("prints the flags by rule and exits 1 while one is unresolved", () => {
    expect(run(["cli.json"], dataset())).toEqual({
      stdout: [
        "cli.json: 1 flag, 1 unresolved, 0 resolved",
        "",
        "Firmness words with another firmness (firmness-cue)",
        "  [UNRESOLVED] s1: The summary of s1 says “red line”, but its firmness is “demand”: is it a red line?",
        "    evidence: red line",
      ],
      stderr: [],
      code: 1,
    });
  });

  it("prints one JSON object per flag with --json, resolved with its reason, and exits 0", () => {
    const value = dataset();
    value.meta.reviewed = [
      { rule: "firmness-cue", statementIds: ["s1"], reason: "A slogan; the talks show a demand." },
    ];
    const output = run(["cli.json", "--json"], value);
    expect(output.code).toBe(0);
    expect(output.stdout.map((line) => JSON.parse(line))).toEqual([
      {
        rule: "firmness-cue",
        statementIds: ["s1"],
        message:
          "The summary of s1 says “red line”, but its firmness is “demand”: is it a red line?",
        evidence: "red line",
        resolved: true,
        reason: "A slogan; the talks show a demand.",
      },
    ]);
  });

  it("notes a recorded resolution that matches no flag, without counting it", () => {
    const value = dataset();
    value.meta.reviewed = [{ rule: "range-cue", statementIds: ["s2"], reason: "Checked once." }];
    const output = run(["cli.json"], value);
    expect(output.stdout.slice(0, 2)).toEqual([
      "cli.json: 1 flag, 1 unresolved, 0 resolved",
      "note: meta.reviewed[0] matches no flag (mended, or its subject changed)",
    ]);
    expect(output.code).toBe(1);
  });

  it("exits 2 on a file it cannot read, a file that is no dataset, or no file named", () => {
    const missing = runReview(
      ["gone.json"],
      () => {
        throw new Error("ENOENT");
      },
      "2026-01-01",
    );
    expect(missing).toEqual({
      stdout: [],
      stderr: ["gone.json: cannot read the file: ENOENT"],
      code: 2,
    });
    expect(run(["bad.json"], { meta: 1 }).code).toBe(2);
    expect(run([], dataset()).code).toBe(2);
  });
});
