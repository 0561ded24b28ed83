import { describe, expect, it } from "vitest";
import rawDataset from "../../data/russia-ukraine.json";
import { describeStorageError } from "./datasetLibrary";
import { rawRecordText, readRecordParts } from "./recordShape";
import { readStoredRecord } from "./storedRecord";

const good = {
  key: "talks",
  fileName: "talks.json",
  importedAt: "2026-01-02T10:00:00.000Z",
  dataset: rawDataset,
};

function reasonOf(read: ReturnType<typeof readStoredRecord>): string {
  if (read.ok) throw new Error("expected the record to be refused");
  return read.message;
}

describe("readStoredRecord", () => {
  it("gives back a stored entry that still validates", () => {
    expect(readStoredRecord(good)).toEqual({ ok: true, value: good, warnings: [] });
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
    expect(reasonOf(readStoredRecord(record))).toContain(reason);
  });

  it("refuses, without throwing, a dataset whose parties are 200,000 zeros", () => {
    const parties = new Array(200_000).fill(0);
    const record = {
      ...good,
      dataset: undefined,
      json: JSON.stringify({ ...rawDataset, parties }),
    };
    expect(reasonOf(readStoredRecord(record))).toMatch(/^"talks" \(talks\.json\) /);
  });
});

describe("readStoredRecord with the dataset stored as JSON text", () => {
  const { dataset, ...names } = good;
  const stored = { ...names, json: JSON.stringify(dataset) };

  it("gives back the entry with its dataset parsed", () => {
    expect(readStoredRecord(stored)).toEqual({ ok: true, value: good, warnings: [] });
  });

  it.each([
    ["cut short", { ...stored, json: stored.json.slice(0, 100) }, "is not readable JSON any more"],
    [
      "whose dataset no longer validates",
      { ...stored, json: '{"meta":1}' },
      '"talks" (talks.json) no longer validates',
    ],
  ])("explains an entry %s", (_name, record, reason) => {
    expect(reasonOf(readStoredRecord(record))).toContain(reason);
  });
});

describe("readRecordParts and rawRecordText", () => {
  it("reads the names and the text without parsing it", () => {
    expect(
      readRecordParts({ key: "", fileName: "f.json", importedAt: "t", json: "{oops" }),
    ).toEqual({
      ok: true,
      value: { key: "", fileName: "f.json", importedAt: "t", text: "{oops" },
    });
  });

  it("gives the stored text as it is, else the whole record as JSON", () => {
    expect(rawRecordText({ key: "k", json: "{oops" })).toBe("{oops");
    expect(rawRecordText({ key: "k", dataset: { meta: 1 } })).toBe(
      '{"key":"k","dataset":{"meta":1}}',
    );
    const cyclic: Record<string, unknown> = { key: "k" };
    cyclic.self = cyclic;
    expect(rawRecordText(cyclic)).toBe("[object Object]");
  });
});

describe("describeStorageError", () => {
  it("says a full storage is full and, when datasets are stored, to remove one", () => {
    const error = describeStorageError(new DOMException("quota", "QuotaExceededError"), true);
    expect(error.message).toContain("storage is full");
    expect(error.message).toContain("Remove an imported dataset");
  });

  it("does not advise removing datasets when none is stored", () => {
    const error = describeStorageError(new DOMException("quota", "QuotaExceededError"), false);
    expect(error.message).toContain("storage is full");
    expect(error.message).not.toContain("Remove an imported dataset");
    expect(error.message).toContain("Free space in this browser");
  });

  it("passes on any other refusal's reason", () => {
    const error = describeStorageError(new DOMException("disk on fire", "UnknownError"), true);
    expect(error.message).toContain("disk on fire");
  });
});
