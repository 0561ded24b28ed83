// Edits as plain data over a dataset: each change adds, replaces or removes one party, issue,
// source or statement (a stance is added or edited through its issue). Every edit is checked by
// the import validator, so an edit that would make the dataset invalid is refused with the
// same problems an import would list. Each applied change comes with its inverse, so undo needs
// no copy of the whole dataset per step.
import type { Dataset, DatasetMeta } from "../schema";
import { type Problem, parseDataset } from "../validate";

export type Collection = "parties" | "issues" | "sources" | "statements";
type ItemOf<C extends Collection> = Dataset[C][number];

export type Change = {
  [C in Collection]:
    | { op: "add"; collection: C; item: ItemOf<C> }
    | { op: "replace"; collection: C; item: ItemOf<C> }
    | { op: "remove"; collection: C; id: string }
    | { op: "insert"; collection: C; item: ItemOf<C>; index: number };
}[Collection];

export type EditResult =
  | { ok: true; dataset: Dataset; inverse: Change }
  | { ok: false; problems: Problem[] };

const NOT_FOUND: Problem = { path: "(edit)", expected: "an item that exists", found: "none" };

// The change that undoes `change` on `dataset` (before it is applied), or null if `change`
// names an item that is not there.
export function inverseOf(dataset: Dataset, change: Change): Change | null {
  const list: ReadonlyArray<{ id: string }> = dataset[change.collection];
  const id = change.op === "remove" ? change.id : change.item.id;
  const index = list.findIndex((each) => each.id === id);
  switch (change.op) {
    case "add":
    case "insert":
      return { op: "remove", collection: change.collection, id } as Change;
    case "replace":
    case "remove": {
      const old = list[index];
      if (!old) return null;
      return change.op === "replace"
        ? ({ op: "replace", collection: change.collection, item: old } as Change)
        : ({ op: "insert", collection: change.collection, item: old, index } as Change);
    }
  }
}

// Applies `change` without validating it: for undo and redo, which return to states that
// were valid, and for editDataset below, which validates.
export function applyChange(dataset: Dataset, change: Change): Dataset {
  const list: ReadonlyArray<{ id: string }> = dataset[change.collection];
  let next: Array<{ id: string }>;
  switch (change.op) {
    case "add":
      next = [...list, change.item];
      break;
    case "insert":
      next = [...list];
      next.splice(Math.min(change.index, next.length), 0, change.item);
      break;
    case "replace":
      next = list.map((each) => (each.id === change.item.id ? change.item : each));
      break;
    case "remove":
      next = list.filter((each) => each.id !== change.id);
      break;
  }
  return { ...dataset, [change.collection]: next };
}

// Applies `change` if the result is a valid dataset; else the validator's problems.
export function editDataset(dataset: Dataset, change: Change): EditResult {
  const inverse = inverseOf(dataset, change);
  if (!inverse) return { ok: false, problems: [NOT_FOUND] };
  if (change.op === "add" && dataset[change.collection].some((each) => each.id === change.item.id))
    return {
      ok: false,
      problems: [
        {
          path: `${change.collection}.id`,
          expected: "an id not used before",
          found: JSON.stringify(change.item.id),
        },
      ],
    };
  const parsed = parseDataset(applyChange(dataset, change));
  return parsed.ok ? { ok: true, dataset: parsed.dataset, inverse } : parsed;
}

const NOUNS: Record<Collection, string> = {
  parties: "party",
  issues: "issue",
  sources: "source",
  statements: "statement",
};

// What a change did, for the change history: "Added statement r13".
export function describeChange(change: Change): string {
  const noun = NOUNS[change.collection];
  if (change.op === "remove") return `Deleted ${noun} ${change.id}`;
  const verb = change.op === "replace" ? "Edited" : change.op === "add" ? "Added" : "Restored";
  return `${verb} ${noun} ${change.item.id}`;
}

// An id like `${base}-${n}` that no item of `list` has yet.
export function freeId(list: ReadonlyArray<{ id: string }>, base: string): string {
  const taken = new Set(list.map((each) => each.id));
  let n = list.length + 1;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

// The meta of the copy a first edit makes of a dataset that must not be overwritten.
export function editedCopyMeta(meta: DatasetMeta, today: string): DatasetMeta {
  return { ...meta, id: `${meta.id}-edited`, title: `${meta.title} (edited)`, updated: today };
}
