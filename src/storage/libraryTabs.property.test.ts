// Property test: two tabs run imports (replace, keep both, cancel), removals and refreshes
// against one shared storage, in any order, each acting on its own possibly stale list, as
// real tabs do between BroadcastChannel messages. Storage applies each write atomically with
// decideWrite, as datasetLibrary.ts does inside one IndexedDB transaction. No record is ever
// lost: every dataset written is still stored, unchanged, unless a user replaced or removed
// that very version (the one their list showed).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decideWrite, freeKey, type StoredRefs, type WriteIntent } from "./libraryDecisions";

interface StoredDatasetModel {
  revision: string;
  content: number; // which write made it: unique
  metaId: string;
  isReadable: boolean;
}
type Storage = Map<string, StoredDatasetModel>;
type TabList = Map<string, StoredDatasetModel>;

const RESERVED = new Set(["built-in"]);
// Few ids, so imports meet the same id (and the keys its "keep both" made) often.
const META_IDS = ["talks", "talks-2"];

type Operation =
  | { kind: "import"; tab: 0 | 1; metaId: string; choice: "replace" | "keep-both" | "cancel" }
  | { kind: "remove"; tab: 0 | 1; pick: number }
  | { kind: "damage"; pick: number }
  | { kind: "refresh"; tab: 0 | 1 };

const tab = fc.constantFrom<0 | 1>(0, 1);
// Refreshes are frequent, so tab lists are sometimes fresh and sometimes stale.
const operation: fc.Arbitrary<Operation> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("import" as const),
      tab,
      metaId: fc.constantFrom(...META_IDS),
      choice: fc.constantFrom("replace" as const, "keep-both" as const, "cancel" as const),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant("remove" as const), tab, pick: fc.nat(8) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("damage" as const), pick: fc.nat(8) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("refresh" as const), tab }) },
);

function refsOf(storage: Storage): StoredRefs {
  return new Map(
    [...storage].map(([key, { revision, isReadable }]) => [key, { revision, isReadable }]),
  );
}

// Runs `operations`; returns the contents written and those a user dropped knowingly.
function run(operations: readonly Operation[]) {
  const storage: Storage = new Map();
  const lists: [TabList, TabList] = [new Map(), new Map()];
  const written = new Set<number>();
  const dropped = new Set<number>();
  let nextContent = 1;
  // `sanctioned`: the content the user chose to replace (what their list showed), if any.
  const write = (intent: WriteIntent, metaId: string, sanctioned: number | null) => {
    let decision = decideWrite(refsOf(storage), intent, RESERVED);
    // As keepDataset does: a replace that finds the record changed keeps both instead.
    if (!decision.ok)
      decision = decideWrite(refsOf(storage), { kind: "add", wantedKey: metaId }, RESERVED);
    if (!decision.ok) throw new Error("an add is always allowed");
    const replaced = storage.get(decision.key);
    if (replaced && replaced.content === sanctioned) dropped.add(replaced.content);
    const content = nextContent++;
    written.add(content);
    storage.set(decision.key, { revision: `rev-${content}`, content, metaId, isReadable: true });
  };
  for (const op of operations) {
    if (op.kind === "refresh") lists[op.tab] = new Map(storage);
    else if (op.kind === "damage") {
      const key = [...storage.keys()][op.pick % Math.max(1, storage.size)];
      const record = key === undefined ? undefined : storage.get(key);
      if (key !== undefined && record) storage.set(key, { ...record, isReadable: false });
    } else if (op.kind === "remove") {
      const seen = [...lists[op.tab]][op.pick % Math.max(1, lists[op.tab].size)];
      if (!seen) continue;
      const [key, record] = seen;
      const decision = decideWrite(
        refsOf(storage),
        { kind: "remove", key, expectedRevision: record.revision },
        RESERVED,
      );
      if (decision.ok) {
        // The user removed the version their list showed; anything else deleted is lost.
        dropped.add(record.content);
        storage.delete(key);
      }
    } else {
      // The tab asks about a readable match in its list (possibly stale by now).
      const match = [...lists[op.tab]].find(
        ([, seen]) => seen.metaId === op.metaId && seen.isReadable,
      );
      if (match && op.choice === "cancel") continue;
      const intent: WriteIntent =
        match && op.choice === "replace"
          ? { kind: "replace", key: match[0], expectedRevision: match[1].revision }
          : { kind: "add", wantedKey: op.metaId };
      write(intent, op.metaId, intent.kind === "replace" && match ? match[1].content : null);
    }
  }
  return { storage, written, dropped };
}

describe("library operations across two tabs", { timeout: 30_000 }, () => {
  it("never lose a record: every write is stored, unless its own version was dropped", () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), (operations) => {
        const { storage, written, dropped } = run(operations);
        const stored = new Set([...storage.values()].map((record) => record.content));
        for (const content of written)
          expect(stored.has(content) || dropped.has(content)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("the rule before this one (key from the tab's own list, put without a check) loses one", () => {
    // Tab B read its list before tab A imported "talks"; B imports another "talks".
    const storage = new Map<string, number>();
    const staleListOfB = new Set<string>();
    storage.set(freeKey("talks", new Set(storage.keys())), 1); // tab A
    storage.set(freeKey("talks", staleListOfB), 2); // tab B, from its stale list
    expect([...storage.values()]).toEqual([2]); // A's dataset is gone
    // The same two imports through decideWrite keep both.
    const refs: StoredRefs = new Map([["talks", { revision: "a", isReadable: true }]]);
    expect(decideWrite(refs, { kind: "add", wantedKey: "talks" }, RESERVED)).toEqual({
      ok: true,
      action: "put",
      key: "talks-2",
    });
  });
});
