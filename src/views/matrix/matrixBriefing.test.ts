// The matrix's part of a briefing, worked by hand on a two-party, one-issue dataset: Ukraine
// moves from full membership (1 of 5) to neutral with guarantees (4 of 5) on 2022-03-15; Russia
// holds neutral with guarantees from 2022-01-10; Russia's own words are later contradicted by
// an account from Ukraine's foreign minister.
import { describe, expect, it } from "vitest";
import {
  makeDataset,
  makeIssue,
  makeParty,
  makeStatement,
} from "../../domain/__fixtures__/makeDataset";
import type { ExportCredit } from "../../domain/export/exportCredit";
import type { Dataset } from "../../domain/schema";
import { createScope, indexDataset, NO_FILTERS, resolveChoices } from "../../domain/scope";
import { DEFAULT_POLES } from "../../domain/statementText";
import { matrixBriefing } from "./matrixBriefing";
import { matrixGrid } from "./matrixGrid";
import { buildMatrix } from "./matrixModel";

const base = makeDataset("briefing", {
  parties: [makeParty("ua"), makeParty("ru")],
  issues: [makeIssue("nato", ["full", "later", "guarantees", "neutral-guaranteed", "strict"])],
  statements: [
    makeStatement({
      id: "ru-1",
      date: "2022-01-10",
      partyId: "ru",
      issueId: "nato",
      stanceId: "neutral-guaranteed",
      quote: "Neutral, with guarantees.",
      speaker: { name: "S. Lavrov", role: "Foreign minister" },
    }),
    makeStatement({
      id: "ua-1",
      date: "2022-02-01",
      partyId: "ua",
      issueId: "nato",
      stanceId: "full",
      quote: "Full membership.",
    }),
    makeStatement({
      id: "ua-2",
      date: "2022-03-15",
      partyId: "ua",
      issueId: "nato",
      stanceId: "neutral-guaranteed",
      quote: "",
      summary: "Ukraine could accept neutrality with guarantees.",
      sourceId: "kyiv",
    }),
    makeStatement({
      id: "ru-2",
      date: "2022-03-01",
      partyId: "ru",
      issueId: "nato",
      stanceId: "strict",
      reportedBy: { name: "D. Kuleba", role: "Ukraine's foreign minister" },
    }),
  ],
});
const dataset: Dataset = {
  ...base,
  sources: [
    ...base.sources,
    {
      id: "kyiv",
      outlet: "Kyiv Daily",
      title: "Kyiv shifts",
      published: "2022-03-16",
      url: "https://example.org/kyiv",
      document: null,
      notes: null,
    },
  ],
};

const credit: ExportCredit = {
  title: "Briefing",
  dateLine: "As of 15 March 2022 · compared with 1 February 2022",
  filterLines: ["Filters: none (every statement)"],
  outletsText: "Test Wire and Kyiv Daily",
  datasetText: "briefing v1",
  sourceLine: "Source: Test Wire and Kyiv Daily, coded in briefing v1",
  link: "https://parley.example/",
};

function briefingAt(asOf: string, compareFrom: string | null) {
  const scope = createScope(indexDataset(dataset), NO_FILTERS);
  const choices = resolveChoices(scope, { asOf, compareFrom, gapParties: null });
  const model = buildMatrix(scope, choices);
  return matrixBriefing({
    model,
    grid: matrixGrid(model, "issues"),
    poles: DEFAULT_POLES,
    credit,
    source: scope.source,
  });
}

describe("matrixBriefing", () => {
  const briefing = briefingAt("2022-03-15", "2022-02-01");

  it("lays out the matrix as shown, with the gap column", () => {
    expect(briefing.matrix.corner).toBe("Issue");
    expect(briefing.matrix.columns).toEqual(["Party ua", "Party ru", "Gap: Party ua – Party ru"]);
    expect(briefing.matrix.rows).toEqual([
      {
        label: "Issue nato",
        cells: [
          "full (1 of 5) → neutral-guaranteed (4 of 5); Changed: moved 3 steps toward last stance",
          "neutral-guaranteed (4 of 5); an account by D. Kuleba differs",
          "Narrowed: 0.75 → Same stance (0 apart)",
        ],
      },
    ]);
  });

  it("says what changed since the compare date and which way", () => {
    expect(briefing.changes).toEqual({
      heading: "What changed since 1 February 2022",
      lines: [
        "Party ua on Issue nato: full (1 of 5) → neutral-guaranteed (4 of 5); moved 3 steps toward last stance",
        "Gap: Party ua – Party ru on Issue nato: Narrowed: 0.75 → Same stance (0 apart)",
      ],
    });
  });

  it("quotes the statement behind each cell with its citation and whose words it is", () => {
    expect(briefing.quotes).toEqual([
      {
        cell: "Party ua on Issue nato",
        stance: "neutral-guaranteed (4 of 5)",
        provenance: "own statement",
        notes: ["Held since 15 March 2022"],
        speaker: "A spokesperson, Spokesperson",
        date: "15 March 2022",
        // The empty quote is no quote: the summary stands in.
        quote: null,
        summary: "Ukraine could accept neutrality with guarantees.",
        citation: {
          outlet: "Kyiv Daily",
          headline: "Kyiv shifts",
          date: "16 March 2022",
          url: "https://example.org/kyiv",
        },
      },
      {
        cell: "Party ru on Issue nato",
        stance: "neutral-guaranteed (4 of 5)",
        provenance: "own statement",
        notes: ["Held since 10 January 2022", "An account by D. Kuleba differs"],
        speaker: "S. Lavrov, Foreign minister",
        date: "10 January 2022",
        quote: "Neutral, with guarantees.",
        summary: "Statement ru-1.",
        citation: { outlet: "Test Wire", headline: "Untitled", date: "undated", url: null },
      },
    ]);
  });

  it("has no changes section without a compare date", () => {
    expect(briefingAt("2022-03-15", null).changes).toBeNull();
  });
});
