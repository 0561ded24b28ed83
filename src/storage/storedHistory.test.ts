import { describe, expect, it } from "vitest";
import { readStoredHistory } from "./storedHistory";

const party = { id: "north", name: "North", shortName: "N" };
const entry = {
  label: "Edited party north",
  at: "2026-01-02T10:00:00.000Z",
  change: { op: "replace", collection: "parties", item: { ...party, name: "Northland" } },
  inverse: { op: "replace", collection: "parties", item: party },
};
const deleted = {
  label: "Deleted statement s2",
  at: "2026-01-02T10:05:00.000Z",
  change: { op: "remove", collection: "statements", id: "s2" },
  inverse: { op: "insert", collection: "statements", item: { id: "s2" }, index: 1 },
};
// A source's text edited with its quote's new place: two item changes undone as one.
const batch = {
  label: "Changed the text of source a1",
  at: "2026-01-02T10:10:00.000Z",
  change: {
    op: "batch",
    changes: [
      { op: "replace", collection: "sources", item: { id: "a1", text: "New text" } },
      { op: "replace", collection: "statements", item: { id: "s1", quoteStart: 4 } },
    ],
  },
  inverse: {
    op: "batch",
    changes: [
      { op: "replace", collection: "statements", item: { id: "s1", quoteStart: 0 } },
      { op: "replace", collection: "sources", item: { id: "a1", text: "Old" } },
    ],
  },
};
const good = { key: "talks", revision: "rev-1", position: 1, entries: [entry, deleted] };

describe("readStoredHistory", () => {
  it("reads a history with its revision, one change undone", () => {
    expect(readStoredHistory(good, 200)).toEqual({
      kind: "read",
      history: { entries: [entry, deleted], position: 1 },
      revision: "rev-1",
    });
  });

  it("reads a batch change and its inverse", () => {
    const raw = { ...good, position: 3, entries: [entry, deleted, batch] };
    expect(readStoredHistory(raw, 200)).toEqual({
      kind: "read",
      history: { entries: [entry, deleted, batch], position: 3 },
      revision: "rev-1",
    });
  });

  it("reads a label of exactly 2,000 characters", () => {
    const raw = { ...good, entries: [{ ...entry, label: "x".repeat(2_000) }, deleted] };
    expect(readStoredHistory(raw, 200).kind).toBe("read");
  });

  it("says there is none when nothing is stored", () => {
    expect(readStoredHistory(undefined, 200)).toEqual({ kind: "none" });
  });

  it.each([
    ["not a record", "text", "it is not a record"],
    ["an array", [entry], "it is not a record"],
    ["without a revision", { ...good, revision: 7 }, "it names no dataset version"],
    ["without entries", { ...good, entries: "x" }, "it holds no list of changes"],
    [
      "with too many entries",
      { ...good, position: 0, entries: [entry, entry, entry] },
      "more than 2",
    ],
    [
      "with an entry cut short",
      { ...good, entries: [entry, { label: "x" }] },
      "change 2 of 2 cannot be read",
    ],
    [
      "with an unknown operation",
      { ...good, entries: [{ ...entry, change: { ...entry.change, op: "move" } }, deleted] },
      "change 1 of 2",
    ],
    [
      "with an item without an id",
      { ...good, entries: [entry, { ...deleted, inverse: { ...deleted.inverse, item: {} } }] },
      "change 2 of 2",
    ],
    [
      "with a negative insert place",
      { ...good, entries: [entry, { ...deleted, inverse: { ...deleted.inverse, index: -1 } }] },
      "change 2 of 2",
    ],
    [
      "with a time that is not a date",
      { ...good, entries: [{ ...entry, at: "yesterday" }, deleted] },
      "change 1 of 2",
    ],
    [
      "with a label of 2,001 characters (the limit is 2,000)",
      { ...good, entries: [entry, { ...deleted, label: "x".repeat(2_001) }] },
      "change 2 has a label over 2,000 characters",
    ],
    [
      "with a batch of more changes than a dataset has statements",
      {
        ...good,
        entries: [
          entry,
          { ...batch, change: { op: "batch", changes: Array(100_002).fill(deleted.change) } },
        ],
      },
      "change 2 of 2",
    ],
    [
      "with a batch holding something that is not a change",
      { ...good, entries: [entry, { ...batch, change: { op: "batch", changes: [{ op: "x" }] } }] },
      "change 2 of 2",
    ],
    [
      "with a batch without its list",
      { ...good, entries: [{ ...batch, inverse: { op: "batch" } }, deleted] },
      "change 1 of 2",
    ],
    ["placed past its last change", { ...good, position: 3 }, "its place among the changes"],
    ["placed between changes", { ...good, position: 0.5 }, "its place among the changes"],
  ])("reports a history %s as damaged", (_name, raw, reason) => {
    const read = readStoredHistory(raw, 2);
    expect(read.kind).toBe("damaged");
    expect(read.kind === "damaged" && read.reason).toContain(reason);
  });
});
