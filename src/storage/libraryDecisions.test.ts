import { describe, expect, it } from "vitest";
import { cleanKey, decideWrite, freeKey, type StoredRefs } from "./libraryDecisions";

const reserved = new Set(["built-in"]);
const stored: StoredRefs = new Map([
  ["talks", { revision: "r1", isReadable: true }],
  ["talks-2", { revision: "r2", isReadable: true }],
  ["broken", { revision: "r3", isReadable: false }],
  ["old", { revision: null, isReadable: false }],
]);

describe("decideWrite", () => {
  it.each([
    ["a free key as wanted", "water", "water"],
    ["the first free suffix when the key is taken", "talks", "talks-3"],
    ["a suffix beside a record that cannot be read", "broken", "broken-2"],
    ["a suffix instead of the built-in dataset's key", "built-in", "built-in-2"],
    ["a trimmed key", "  spaced  ", "spaced"],
    ["a name for an empty key", "", "dataset"],
  ])("adds under %s", (_name, wantedKey, key) => {
    expect(decideWrite(stored, { kind: "add", wantedKey }, reserved)).toEqual({
      ok: true,
      action: "put",
      key,
    });
  });

  it("replaces the revision the user saw, and only that one", () => {
    expect(
      decideWrite(stored, { kind: "replace", key: "talks", expectedRevision: "r1" }, reserved),
    ).toEqual({ ok: true, action: "put", key: "talks" });
    expect(
      decideWrite(stored, { kind: "replace", key: "talks", expectedRevision: "r0" }, reserved),
    ).toEqual({ ok: false, reason: "changed" });
  });

  it("never replaces or revises a record it could not read", () => {
    for (const kind of ["replace", "revise"] as const)
      expect(
        decideWrite(stored, { kind, key: "broken", expectedRevision: "r3" }, reserved),
      ).toEqual({ ok: false, reason: "unreadable" });
  });

  it("says a record is gone rather than writing where it was", () => {
    expect(
      decideWrite(stored, { kind: "revise", key: "ghost", expectedRevision: "r1" }, reserved),
    ).toEqual({ ok: false, reason: "gone" });
  });

  it("removes a record, readable or not, only at the revision the user saw", () => {
    expect(
      decideWrite(stored, { kind: "remove", key: "broken", expectedRevision: "r3" }, reserved),
    ).toEqual({ ok: true, action: "delete", key: "broken" });
    expect(
      decideWrite(stored, { kind: "remove", key: "old", expectedRevision: null }, reserved),
    ).toEqual({ ok: true, action: "delete", key: "old" });
    expect(
      decideWrite(stored, { kind: "remove", key: "talks-2", expectedRevision: "r1" }, reserved),
    ).toEqual({ ok: false, reason: "changed" });
  });
});

describe("freeKey and cleanKey", () => {
  it.each([
    ["talks", [], "talks"],
    ["talks", ["talks"], "talks-2"],
    ["talks", ["talks", "talks-2", "talks-3"], "talks-4"],
  ])("%s with %j taken is %s", (wanted, taken, expected) => {
    expect(freeKey(wanted, new Set(taken))).toBe(expected);
  });

  it.each([
    ["talks", "talks"],
    [" talks ", "talks"],
    ["   ", "dataset"],
  ])("%j is kept as %j", (wanted, key) => {
    expect(cleanKey(wanted)).toBe(key);
  });
});
