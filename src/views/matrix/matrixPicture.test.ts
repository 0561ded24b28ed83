// The matrix picture laid out by hand: one issue (three stances), two parties; North moves from
// a (1 of 3) to c (3 of 3) between 2024-01-01 and 2024-02-01, South holds b (2 of 3).
import { describe, expect, it } from "vitest";
import {
  makeDataset,
  makeIssue,
  makeParty,
  makeStatement,
} from "../../domain/__fixtures__/makeDataset";
import { createScope, indexDataset, NO_FILTERS, resolveChoices } from "../../domain/scope";
import { DEFAULT_POLES } from "../../domain/statementText";
import { matrixGrid } from "./matrixGrid";
import { buildMatrix } from "./matrixModel";
import { matrixPicture } from "./matrixPicture";

const dataset = makeDataset("picture", {
  parties: [makeParty("north"), makeParty("south")],
  issues: [makeIssue("dam", ["a", "b", "c"])],
  statements: [
    makeStatement({ id: "1", date: "2024-01-01", partyId: "north", issueId: "dam", stanceId: "a" }),
    makeStatement({ id: "2", date: "2024-01-01", partyId: "south", issueId: "dam", stanceId: "b" }),
    makeStatement({ id: "3", date: "2024-02-01", partyId: "north", issueId: "dam", stanceId: "c" }),
  ],
});

function picture(rowsAre: "issues" | "parties") {
  const scope = createScope(indexDataset(dataset), NO_FILTERS);
  const choices = resolveChoices(scope, {
    asOf: "2024-02-01",
    compareFrom: "2024-01-01",
    gapParties: null,
  });
  return matrixPicture(matrixGrid(buildMatrix(scope, choices), rowsAre), DEFAULT_POLES);
}

const texts = (markup: string) =>
  [...markup.matchAll(/<text class="([^"]+)"[^>]*>([^<]*)<\/text>/g)].map(([, c, t]) => [c, t]);

describe("matrixPicture", () => {
  it("draws the header, one row per issue and the gap column, 170 + 3 × 180 wide", () => {
    const { markup, width } = picture("issues");
    expect(width).toBe(170 + 3 * 180);
    const heads = texts(markup)
      .filter(([c]) => c === "p-cell-head")
      .map(([, t]) => t);
    expect(heads).toEqual([
      "Issue",
      "Party north",
      "Party south",
      "Gap: Party north –",
      "Party south",
      "Issue dam",
    ]);
    const cells = texts(markup)
      .filter(([c]) => c === "p-cell-text")
      .map(([, t]) => t)
      .join(" ");
    // North's cell in the CSV's words, wrapped at 25 characters; South's unchanged.
    expect(cells).toContain("a (1 of 3) → c (3 of 3); Changed: moved 2 steps toward last stance");
    expect(cells).toContain("b (2 of 3)");
    // At 2024-01-01 the gap was 1 step of 2 (0.5); at 2024-02-01 it is 1 step (c against b).
    expect(cells).toContain("Unchanged: 0.5 apart (1 of 2 steps)");
  });

  it("outlines the changed cell only", () => {
    const { markup } = picture("issues");
    expect(markup.match(/class="p-changed"/g)).toHaveLength(1);
  });

  it("puts the gap in a last row when parties are rows", () => {
    const { markup } = picture("parties");
    const heads = texts(markup)
      .filter(([c]) => c === "p-cell-head")
      .map(([, t]) => t);
    expect(heads).toEqual([
      "Party",
      "Issue dam",
      "Party north",
      "Party south",
      "Gap: Party north –",
      "Party south",
    ]);
  });
});
