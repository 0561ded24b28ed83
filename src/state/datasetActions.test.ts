import { beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_DATASET_KEY, getDefaultDataset } from "../data/defaultDataset";
import {
  makeDataset,
  makeIssue,
  makeParty,
  makeStatement,
} from "../domain/__fixtures__/makeDataset";
import { showDataset } from "./datasetActions";
import { selectDataset } from "./librarySlice";
import { datasetFor } from "./openedDatasets";
import { EMPTY_FILTERS, useParleyStore } from "./store";

const water = makeDataset("water", {
  parties: [makeParty("north"), makeParty("south")],
  issues: [makeIssue("dam", ["build", "joint", "halt"])],
  statements: [
    makeStatement({
      id: "w1",
      date: "2025-01-05",
      partyId: "north",
      issueId: "dam",
      stanceId: "build",
    }),
  ],
});

const initial = useParleyStore.getState();

beforeEach(() => {
  useParleyStore.setState(initial, true);
  // "water" is listed and already read into memory; "river" is listed, kept in storage only.
  useParleyStore.setState({
    library: [
      {
        key: "water",
        fileName: "water.json",
        importedAt: "2026-01-01T00:00:00Z",
        title: "Water talks",
        statementCount: 1,
        metaId: "water",
        revision: "r1",
        status: "session",
      },
    ],
    openedDatasets: new Map([["water", water]]),
  });
});

describe("datasetFor", () => {
  it("knows the default dataset and the opened ones, and nothing else", () => {
    expect(datasetFor(DEFAULT_DATASET_KEY)).toBe(getDefaultDataset());
    expect(datasetFor("water")).toBe(water);
    expect(datasetFor("ghost")).toBeNull();
  });
});

describe("showDataset", () => {
  it("switches dataset, keeps the view and drops choices the new one cannot hold", async () => {
    const [issue] = getDefaultDataset().issues;
    const [party] = getDefaultDataset().parties;
    if (!issue || !party) throw new Error("the default dataset has issues and parties");
    useParleyStore.setState({
      view: "timeline",
      filters: { ...EMPTY_FILTERS, issueIds: [issue.id], speaker: "someone" },
      selectedCell: { issueId: issue.id, partyId: party.id },
    });
    await showDataset("water");
    const state = useParleyStore.getState();
    expect(selectDataset(state)).toBe(water);
    expect(state.datasetKey).toBe("water");
    expect(state.view).toBe("timeline");
    expect(state.filters).toEqual(EMPTY_FILTERS);
    expect(state.selectedCell).toBeNull();
  });

  it("ignores a key it does not know", async () => {
    await showDataset("ghost");
    expect(useParleyStore.getState().datasetKey).toBe(DEFAULT_DATASET_KEY);
  });
});
