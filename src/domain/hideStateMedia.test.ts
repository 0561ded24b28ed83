import { describe, expect, it } from "vitest";
import { makeDataset, makeIssue, makeParty, makeStatement } from "./__fixtures__/makeDataset";
import { filterStatements, stateMediaSourceIds } from "./filterStatements";
import type { Dataset, Source } from "./schema";
import { createScope, indexDataset, NO_FILTERS } from "./scope";
import { sourceKindText } from "./statementText";

const source = (id: string, kind?: Source["kind"]): Source => ({
  id,
  outlet: `Outlet ${id}`,
  title: null,
  published: null,
  url: null,
  document: null,
  notes: null,
  ...(kind ? { kind } : {}),
});

// Four sources: "tass" and "rt" are state media, "wire" is news, "blog" says no kind.
// ru-1 (tass) and ru-2 (rt) cite state media; ua-1 (wire) and ua-2 (blog) do not.
const base = makeDataset("state-media-test", {
  parties: [makeParty("ru"), makeParty("ua")],
  issues: [makeIssue("territory", ["t0", "t1"])],
  statements: [
    makeStatement({
      id: "ru-1",
      date: "2024-01-10",
      partyId: "ru",
      issueId: "territory",
      stanceId: "t1",
      sourceId: "tass",
    }),
    makeStatement({
      id: "ua-1",
      date: "2024-01-11",
      partyId: "ua",
      issueId: "territory",
      stanceId: "t0",
      sourceId: "wire",
    }),
    makeStatement({
      id: "ru-2",
      date: "2024-02-10",
      partyId: "ru",
      issueId: "territory",
      stanceId: "t0",
      sourceId: "rt",
    }),
    makeStatement({
      id: "ua-2",
      date: "2024-02-11",
      partyId: "ua",
      issueId: "territory",
      stanceId: "t1",
      sourceId: "blog",
    }),
  ],
});
const dataset: Dataset = {
  ...base,
  sources: [
    source("tass", "state-media"),
    source("wire", "news"),
    source("rt", "state-media"),
    source("blog"),
  ],
};
const ids = (list: readonly { id: string }[]) => list.map((record) => record.id);

describe("hide state media", () => {
  it("finds the state-media sources, and takes a source without a kind for none", () => {
    expect([...stateMediaSourceIds(dataset.sources)].sort()).toEqual(["rt", "tass"]);
  });

  it("leaves out the statements that cite state media", () => {
    expect(ids(filterStatements(dataset, { hideStateMedia: true }))).toEqual(["ua-1", "ua-2"]);
    expect(ids(filterStatements(dataset, { hideStateMedia: false }))).toEqual([
      "ru-1",
      "ua-1",
      "ru-2",
      "ua-2",
    ]);
  });

  it("combines with the other filters", () => {
    expect(ids(filterStatements(dataset, { hideStateMedia: true, from: "2024-02-01" }))).toEqual([
      "ua-2",
    ]);
    expect(ids(filterStatements(dataset, { hideStateMedia: true, partyIds: ["ru"] }))).toEqual([]);
  });

  it("narrows the scope's statements and the positions it draws from", () => {
    const scope = createScope(indexDataset(dataset), { ...NO_FILTERS, hideStateMedia: true });
    expect(ids(scope.statements)).toEqual(["ua-1", "ua-2"]);
    expect(scope.isNarrowedByStatements).toBe(true);
    // Russia's only statements are in state media, so no position is left for it.
    const [row] = scope.positionsAt("2024-03-01").rows;
    expect(row?.cells.map((cell) => [cell.partyId, cell.stance?.id ?? null])).toEqual([
      ["ru", null],
      ["ua", "t1"],
    ]);
  });

  it("changes nothing in a dataset without state media", () => {
    const noState: Dataset = {
      ...dataset,
      sources: dataset.sources.map((s) => ({ ...s, kind: "news" })),
    };
    const scope = createScope(indexDataset(noState), { ...NO_FILTERS, hideStateMedia: true });
    expect(scope.statements).toHaveLength(4);
    expect(scope.isNarrowedByStatements).toBe(false);
  });
});

describe("sourceKindText", () => {
  it.each<[Source["kind"], string | null]>([
    ["state-media", "state media"],
    ["news", "news"],
    ["official", "official"],
    ["social-media", "social media"],
    ["unknown", "unknown kind"],
    [undefined, null],
  ])("says %j as %j", (kind, expected) => {
    expect(sourceKindText(kind ? { kind } : {})).toBe(expected);
  });
});
