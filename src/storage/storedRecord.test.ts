import { describe, expect, it } from "vitest";
import rawDataset from "../../data/russia-ukraine.json";
import { describeStorageError, freeKey } from "./datasetLibrary";
import { readStoredRecord } from "./storedRecord";

const good = {
  key: "talks",
  fileName: "talks.json",
  importedAt: "2026-01-02T10:00:00.000Z",
  dataset: rawDataset,
};

describe("readStoredRecord", () => {
  it("gives back a stored entry that still validates", () => {
    expect(readStoredRecord(good)).toEqual(good);
  });

  it.each([
    ["not a record", "text", "an entry that is not a record"],
    ["null", null, "an entry that is not a record"],
    ["without a key", { ...good, key: 3 }, "an entry without a name is missing"],
    ["without an import time", { ...good, importedAt: undefined }, '"talks" is missing'],
    [
      "whose dataset no longer validates",
      { ...good, dataset: { meta: 1 } },
      '"talks" (talks.json) no longer validates',
    ],
  ])("explains an entry %s", (_name, record, reason) => {
    const read = readStoredRecord(record);
    expect(typeof read).toBe("string");
    expect(read).toContain(reason);
  });
});

describe("readStoredRecord with the dataset stored as JSON text", () => {
  const { dataset, ...names } = good;
  const stored = { ...names, json: JSON.stringify(dataset) };

  it("gives back the entry with its dataset parsed", () => {
    expect(readStoredRecord(stored)).toEqual(good);
  });

  it.each([
    ["cut short", { ...stored, json: stored.json.slice(0, 100) }, "is not readable JSON any more"],
    [
      "whose dataset no longer validates",
      { ...stored, json: '{"meta":1}' },
      '"talks" (talks.json) no longer validates',
    ],
  ])("explains an entry %s", (_name, record, reason) => {
    const read = readStoredRecord(record);
    expect(typeof read).toBe("string");
    expect(read).toContain(reason);
  });
});

describe("freeKey", () => {
  it.each([
    ["talks", [], "talks"],
    ["talks", ["talks"], "talks-2"],
    ["talks", ["talks", "talks-2", "talks-3"], "talks-4"],
  ])("%s with %j taken is %s", (wanted, taken, expected) => {
    expect(freeKey(wanted, new Set(taken))).toBe(expected);
  });
});

describe("describeStorageError", () => {
  it("says a full storage is full and what to do", () => {
    const error = describeStorageError(new DOMException("quota", "QuotaExceededError"));
    expect(error.message).toContain("storage is full");
    expect(error.message).toContain("Remove an imported dataset");
  });

  it("passes on any other refusal's reason", () => {
    const error = describeStorageError(new DOMException("disk on fire", "UnknownError"));
    expect(error.message).toContain("disk on fire");
  });
});
