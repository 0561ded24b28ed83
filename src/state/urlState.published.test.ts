// Links to published datasets (issue 22): "?dataset=<id>&v=<version>" names a version the site
// publishes; the built-in dataset at its own version is the default key.
import { describe, expect, it } from "vitest";
import { DEFAULT_DATASET_KEY, getDefaultDataset } from "../data/defaultDataset";
import { DEFAULT_CHOICES, EMPTY_PACKAGE } from "./choices";
import { parseUrlState, readDatasetKey, serializeUrlState } from "./urlState";

describe("readDatasetKey with a version", () => {
  it("names the published copy of an id at the pinned version", () => {
    expect(readDatasetKey("?dataset=riverland&v=1")).toBe("published:riverland@1");
  });

  it("names the built-in dataset when the pin is its own version", () => {
    const pinned = `?dataset=${DEFAULT_DATASET_KEY}&v=${getDefaultDataset().meta.version}`;
    expect(readDatasetKey(pinned)).toBe(DEFAULT_DATASET_KEY);
    expect(readDatasetKey(`?dataset=${DEFAULT_DATASET_KEY}&v=0.0.1`)).toBe(
      `published:${DEFAULT_DATASET_KEY}@0.0.1`,
    );
  });

  it("reads a link without a version as before", () => {
    expect(readDatasetKey("?dataset=riverland")).toBe("riverland");
    expect(readDatasetKey("")).toBe(DEFAULT_DATASET_KEY);
  });
});

describe("serializeUrlState of a published dataset", () => {
  it("writes its id and version, and v is a known parameter", () => {
    const search = serializeUrlState({
      ...DEFAULT_CHOICES,
      datasetKey: "published:riverland@1",
      view: "timeline",
      dealPackage: EMPTY_PACKAGE,
    });
    expect(search).toBe("?dataset=riverland&v=1&view=timeline");
    expect(parseUrlState(search, getDefaultDataset(), "published:riverland@1").notices).toEqual([]);
  });
});
