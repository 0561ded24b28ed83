import { describe, expect, it } from "vitest";
import {
  makeDataset,
  makeIssue,
  makeParty,
  makeStatement,
} from "../../domain/__fixtures__/makeDataset";
import type { Dataset } from "../../domain/schema";
import { createScope, indexDataset, NO_FILTERS, resolveChoices } from "../../domain/scope";
import { matrixCsvRows, matrixGrid } from "./matrixGrid";
import { buildMatrix, type GapView } from "./matrixModel";
import { gapText } from "./matrixText";

// Territory has 5 stances (4 steps). On 03-01 ru holds t0 and ua t4; on 06-01 ru moves to t1.
// Nobody speaks on nato, and us never speaks.
const dataset = makeDataset("matrix-test", {
  parties: [makeParty("ru"), makeParty("ua"), makeParty("us")],
  issues: [makeIssue("territory", ["t0", "t1", "t2", "t3", "t4"]), makeIssue("nato", ["n0", "n1"])],
  statements: [
    makeStatement({
      id: "a",
      date: "2024-03-01",
      partyId: "ru",
      issueId: "territory",
      stanceId: "t0",
    }),
    makeStatement({
      id: "b",
      date: "2024-03-01",
      partyId: "ua",
      issueId: "territory",
      stanceId: "t4",
    }),
    makeStatement({
      id: "c",
      date: "2024-06-01",
      partyId: "ru",
      issueId: "territory",
      stanceId: "t1",
    }),
  ],
});

interface MatrixChoices {
  issueIds: string[];
  partyIds: string[];
  asOf: string;
  compareFrom: string | null;
  gapPartyIds: [string, string] | null;
}

// The matrix as the app builds it: the scope of the issue and party filters, then the stored
// choices resolved against it.
function matrixFor(choices: MatrixChoices, source: Dataset = dataset) {
  const scope = createScope(indexDataset(source), {
    ...NO_FILTERS,
    issueIds: choices.issueIds,
    partyIds: choices.partyIds,
  });
  return buildMatrix(
    scope,
    resolveChoices(scope, {
      asOf: choices.asOf,
      compareFrom: choices.compareFrom,
      gapParties: choices.gapPartyIds,
    }),
  );
}

const latest: MatrixChoices = {
  issueIds: [],
  partyIds: [],
  asOf: "2024-06-01",
  compareFrom: null,
  gapPartyIds: null,
};

describe("buildMatrix", () => {
  it("shows every issue and party when none is chosen, and the first two as gap parties", () => {
    const model = matrixFor(latest);
    expect(model.issues.map((issue) => issue.id)).toEqual(["territory", "nato"]);
    expect(model.parties.map((party) => party.id)).toEqual(["ru", "ua", "us"]);
    expect(model.gapParties?.map((party) => party.id)).toEqual(["ru", "ua"]);
    expect(model.cells.get("territory:ru")?.current.stance?.id).toBe("t1");
  });

  it("narrows rows and columns to the chosen issues and parties, in dataset order", () => {
    const model = matrixFor({ ...latest, issueIds: ["nato"], partyIds: ["us", "ru"] });
    expect(model.issues.map((issue) => issue.id)).toEqual(["nato"]);
    expect(model.parties.map((party) => party.id)).toEqual(["ru", "us"]);
  });

  it("marks the one changed cell in compare mode and counts it", () => {
    const model = matrixFor({ ...latest, compareFrom: "2024-03-01" });
    expect(model.changedCount).toBe(1);
    expect(model.cells.get("territory:ru")).toMatchObject({ isChanged: true });
    expect(model.cells.get("territory:ru")?.previous?.stance?.id).toBe("t0");
    expect(model.cells.get("territory:ua")?.isChanged).toBe(false);
  });

  it("reads a compare date after as-of as as-of itself: nothing changed, never time running back", () => {
    const model = matrixFor({
      ...latest,
      asOf: "2024-03-01",
      compareFrom: "2024-06-01",
    });
    expect(model.compareFrom).toBe("2024-03-01");
    expect(model.changedCount).toBe(0);
    expect(model.cells.get("territory:ru")?.previous?.stance?.id).toBe("t0");
  });

  it("does not count a change in a column that is filtered out", () => {
    const model = matrixFor({ ...latest, compareFrom: "2024-03-01", partyIds: ["ua"] });
    expect(model.changedCount).toBe(0);
  });

  it("measures the gap in steps of the issue's scale", () => {
    const model = matrixFor({ ...latest, gapPartyIds: ["ua", "ru"] });
    expect(model.gaps[0]).toMatchObject({ gap: 0.75, steps: 3, scaleSteps: 4 });
    expect(model.gaps[1]).toMatchObject({ gap: null, steps: null, scaleSteps: 1 });
  });
});

describe("gap words in compare mode", () => {
  it("says when a gap appears where a position was missing", () => {
    // us never speaks, so ru–us is not comparable on either date; ru–ua moves 1 → 0.75.
    const model = matrixFor({
      ...latest,
      compareFrom: "2024-03-01",
      gapPartyIds: ["ru", "us"],
    });
    expect(model.gaps.map(gapText)).toEqual([
      "Not comparable: a position is missing",
      "Not comparable: a position is missing",
    ]);
    const appearing = matrixFor({
      ...latest,
      asOf: "2024-03-01",
      compareFrom: "2024-01-01",
    });
    expect(gapText(appearing.gaps[0] as GapView)).toBe("Not comparable → 1 apart (4 of 4 steps)");
  });
});

describe("cell words", () => {
  it("says 'No clear stance' where statements state none, 'No stated position' where there are none", () => {
    const withUnclear = makeDataset("unclear", {
      parties: [makeParty("ru"), makeParty("ua")],
      issues: [makeIssue("nato", ["n0", "n1"])],
      statements: [
        makeStatement({
          id: "u",
          date: "2024-03-01",
          partyId: "ru",
          issueId: "nato",
          stanceId: null,
        }),
      ],
    });
    const model = matrixFor({ ...latest, asOf: "2024-03-01" }, withUnclear);
    expect(matrixCsvRows(model, matrixGrid(model, "issues"))[1]).toEqual([
      "Issue nato",
      "No clear stance",
      "No stated position",
      "Not comparable: a position is missing",
    ]);
  });
});

describe("matrixCsvRows", () => {
  it("writes the gap as a last column with issues as rows", () => {
    const model = matrixFor(latest);
    expect(matrixCsvRows(model, matrixGrid(model, "issues"))).toEqual([
      ["Issue (as of 2024-06-01)", "Party ru", "Party ua", "Party us", "Gap: Party ru – Party ua"],
      [
        "Issue territory",
        "t1 (2 of 5)",
        "t4 (5 of 5)",
        "No stated position",
        "0.75 apart (3 of 4 steps)",
      ],
      [
        "Issue nato",
        "No stated position",
        "No stated position",
        "No stated position",
        "Not comparable: a position is missing",
      ],
    ]);
  });

  it("writes before → now and the change mark in compare mode, gap as a last row when swapped", () => {
    const model = matrixFor({ ...latest, compareFrom: "2024-03-01", partyIds: ["ru"] });
    expect(matrixCsvRows(model, matrixGrid(model, "parties"))).toEqual([
      ["Party (2024-03-01 → 2024-06-01)", "Issue territory", "Issue nato"],
      [
        "Party ru",
        "t0 (1 of 5) → t1 (2 of 5); Changed: moved 1 step toward last stance",
        "No stated position",
      ],
      [
        // On 03-01 ru t0 vs ua t4: 4 of 4 steps (1); on 06-01 ru t1: 3 of 4 (0.75).
        "Gap: Party ru – Party ua",
        "Narrowed: 1 → 0.75 apart (3 of 4 steps)",
        "Not comparable: a position is missing",
      ],
    ]);
  });
});
