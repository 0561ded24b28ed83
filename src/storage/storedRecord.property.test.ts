// Property test: a record in IndexedDB may have been edited by hand or written by an older
// Parley; reading it back gives the entry or a reason to skip it, never a throw.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileJson } from "../domain/__fixtures__/hostileInput";
import { oddPrototypes, prototypePollution } from "../domain/__fixtures__/prototypeGuard";
import { twoPartiesOneChange } from "../domain/__fixtures__/twoPartiesOneChange";
import { readStoredRecord } from "./storedRecord";

// Generous: hundreds of generated cases can be slow on a busy CI machine.
describe("stored library records", { timeout: 30_000 }, () => {
  it("a sound record reads back", () => {
    const read = readStoredRecord({
      key: "k",
      fileName: "k.json",
      importedAt: "2026-01-01T00:00:00Z",
      dataset: twoPartiesOneChange,
    });
    expect(read.ok).toBe(true);
  });

  it("any stored record is read back or skipped with a reason, never thrown", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostileJson,
          fc.record(
            {
              key: fc.oneof(fc.string(), hostileJson),
              fileName: fc.oneof(fc.string(), hostileJson),
              importedAt: fc.oneof(fc.string(), hostileJson),
              dataset: fc.oneof(hostileJson, fc.constant(twoPartiesOneChange)),
            },
            { requiredKeys: [] },
          ),
        ),
        (record) => {
          const read = readStoredRecord(record);
          if (!read.ok) expect(read.message.length).toBeGreaterThan(0);
          else expect(oddPrototypes(read.value.dataset)).toEqual([]);
          expect(prototypePollution()).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
