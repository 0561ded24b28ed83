// What a write to the library may do, decided from what storage holds at that moment, never
// from a tab's copy of the list. Pure, so the rules are tested alone (libraryDecisions.test.ts
// and the two-tab property test); datasetLibrary.ts calls decideWrite inside the same
// IndexedDB transaction that then writes, so no other tab can change storage in between.

// One stored record as the decision sees it: `revision` names the write that made it (a
// fresh random id per write, so a key removed and taken again never looks unchanged).
// `isReadable` is false for a record that could not be read or validated.
export interface StoredRef {
  revision: string | null;
  isReadable: boolean;
}

export type StoredRefs = ReadonlyMap<string, StoredRef>;

export type WriteIntent =
  // A new dataset: under `wantedKey` if free, else the first free `wantedKey-2`, `-3`…
  | { kind: "add"; wantedKey: string }
  // Put a new dataset in place of the one the user saw (its revision) and chose to replace.
  | { kind: "replace"; key: string; expectedRevision: string }
  // A new version of the same dataset (an edit), on top of the revision the editor started from.
  | { kind: "revise"; key: string; expectedRevision: string }
  // Delete the record the user saw (readable or not) and confirmed deleting.
  | { kind: "remove"; key: string; expectedRevision: string | null };

export type WriteDecision =
  | { ok: true; action: "put" | "delete"; key: string }
  // changed: another write got there first; gone: nothing is stored there any more;
  // unreadable: the record there could not be read, so it is never replaced.
  | { ok: false; reason: "changed" | "gone" | "unreadable" };

// A key no import may take: the built-in dataset's, passed in by the caller.
export function decideWrite(
  stored: StoredRefs,
  intent: WriteIntent,
  reservedKeys: ReadonlySet<string>,
): WriteDecision {
  if (intent.kind === "add") {
    const taken = new Set([...reservedKeys, ...stored.keys()]);
    return { ok: true, action: "put", key: freeKey(cleanKey(intent.wantedKey), taken) };
  }
  const current = stored.get(intent.key);
  if (!current) return { ok: false, reason: "gone" };
  if (intent.kind !== "remove" && !current.isReadable) return { ok: false, reason: "unreadable" };
  if (current.revision !== intent.expectedRevision) return { ok: false, reason: "changed" };
  return { ok: true, action: intent.kind === "remove" ? "delete" : "put", key: intent.key };
}

// A key a link carries well: no surrounding white space, never empty.
export function cleanKey(wanted: string): string {
  const trimmed = wanted.trim();
  return trimmed === "" ? "dataset" : trimmed;
}

// Picks a key that collides with none in `taken`.
export function freeKey(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted)) return wanted;
  let n = 2;
  while (taken.has(`${wanted}-${n}`)) n++;
  return `${wanted}-${n}`;
}

// A fresh id for one write. crypto.randomUUID exists in every browser Parley supports (on
// https and localhost) and in Node; the fallback only keeps tests on odd runtimes going.
export function newRevision(): string {
  if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function")
    return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
