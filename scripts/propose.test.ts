// The command line prints the same proposals as the app, as JSON: checked on the invented
// Kelda article (its expected values in src/domain/propose/__fixtures__/expectations.json).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const ARTICLE = "src/domain/propose/__fixtures__/kelda-dam-talks.txt";

function propose(...args: string[]) {
  const run = spawnSync("node_modules/.bin/tsx", ["scripts/propose.ts", ...args], {
    cwd: root,
    encoding: "utf8",
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("npm run propose", () => {
  it("prints one object per quoted passage, with the fields the issue names", () => {
    const run = propose(
      ARTICLE,
      "--published",
      "2025-05-15",
      "--dataset",
      "e2e/fixtures/riverland.json",
    );
    expect(run.status).toBe(0);
    const proposals = JSON.parse(run.stdout);
    expect(proposals).toHaveLength(15);
    // "Upland's Prime Minister Piet Olan told reporters on Tuesday" (13 May 2025).
    expect(proposals[1]).toEqual({
      quote: "We are ready to sign a water-sharing protocol before the summer,",
      start: expect.any(Number),
      end: expect.any(Number),
      quoteKind: "direct",
      speaker: { name: "Piet Olan", role: "Upland's Prime Minister" },
      partyId: "upland",
      date: "2025-05-13",
      datePrecision: "day",
      dateBasis: "stated",
      dateNote: "Tuesday before the article of Thursday 15 May 2025",
      evidence: {
        speaker: "Upland's Prime Minister Piet Olan told",
        role: "Upland's Prime Minister Piet Olan",
        party: "Piet Olan speaks for Upland Republic in 2 statements of the dataset",
        date: "“Tuesday”",
      },
    });
  }, 20_000);

  it("proposes no date for an article published 'none', and no party without a dataset", () => {
    const run = propose(ARTICLE, "--published", "none");
    expect(run.status).toBe(0);
    const proposals: Array<{ date: unknown; partyId: unknown }> = JSON.parse(run.stdout);
    expect(new Set(proposals.map((proposal) => proposal.date))).toEqual(new Set([null]));
    expect(new Set(proposals.map((proposal) => proposal.partyId))).toEqual(new Set([null]));
  }, 20_000);

  it("refuses a call without the published date, saying how to call it", () => {
    const run = propose(ARTICLE);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Give the article's published date with --published");
    expect(run.stderr).toContain("Usage: npm run propose --");
  }, 20_000);
});
