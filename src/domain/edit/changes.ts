// A change to a dataset as plain data, its inverse and applying it, without validation: kept
// apart from the validator (and zod) so undo, redo and the store's types load without them.
import type { Dataset } from "../schema";

export type Collection = "parties" | "issues" | "sources" | "statements";
type ItemOf<C extends Collection> = Dataset[C][number];

// One item of one collection added, replaced, removed or put back at its place.
export type ItemChange = {
  [C in Collection]:
    | { op: "add"; collection: C; item: ItemOf<C> }
    | { op: "replace"; collection: C; item: ItemOf<C> }
    | { op: "remove"; collection: C; id: string }
    | { op: "insert"; collection: C; item: ItemOf<C>; index: number };
}[Collection];

// Several item changes made, validated, undone and redone as one: a source's text edited
// together with the quote offsets of its statements, which the validator checks against that
// text, so neither half alone is a valid dataset.
export interface BatchChange {
  op: "batch";
  changes: ItemChange[];
}

export type Change = ItemChange | BatchChange;

function inverseOfItem(dataset: Dataset, change: ItemChange): ItemChange | null {
  const list: ReadonlyArray<{ id: string }> = dataset[change.collection];
  const id = change.op === "remove" ? change.id : change.item.id;
  const index = list.findIndex((each) => each.id === id);
  switch (change.op) {
    case "add":
    case "insert":
      return { op: "remove", collection: change.collection, id } as ItemChange;
    case "replace":
    case "remove": {
      const old = list[index];
      if (!old) return null;
      return change.op === "replace"
        ? ({ op: "replace", collection: change.collection, item: old } as ItemChange)
        : ({ op: "insert", collection: change.collection, item: old, index } as ItemChange);
    }
  }
}

// The change that undoes `change` on `dataset` (before it is applied), or null if `change`
// names an item that is not there.
export function inverseOf(dataset: Dataset, change: Change): Change | null {
  if (change.op !== "batch") return inverseOfItem(dataset, change);
  // Each part's inverse is taken on the dataset as the parts before it left it, and the
  // inverses run in reverse order.
  const inverses: ItemChange[] = [];
  let current = dataset;
  for (const part of change.changes) {
    const inverse = inverseOfItem(current, part);
    if (!inverse) return null;
    inverses.unshift(inverse);
    current = applyItemChange(current, part);
  }
  return { op: "batch", changes: inverses };
}

function applyItemChange(dataset: Dataset, change: ItemChange): Dataset {
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

// Applies `change` without validating it: for undo and redo, which return to states that
// were valid, and for editDataset, which validates.
export function applyChange(dataset: Dataset, change: Change): Dataset {
  if (change.op !== "batch") return applyItemChange(dataset, change);
  let current = dataset;
  for (const part of change.changes) current = applyItemChange(current, part);
  return current;
}

// The item changes `change` is made of, in order.
export function partsOf(change: Change): ItemChange[] {
  return change.op === "batch" ? change.changes : [change];
}

// True when the item a form was opened on is no longer as it was in `dataset`: changed (in
// another tab, most often) or gone. Saving the form then would silently undo that change, so
// the save is refused instead. Compared by content: a dataset read again from storage holds
// new objects with the same values.
export function isChangedSince(
  dataset: Dataset,
  collection: Collection,
  original: { id: string },
): boolean {
  const list: ReadonlyArray<{ id: string }> = dataset[collection];
  const now = list.find((each) => each.id === original.id);
  return now === undefined || JSON.stringify(now) !== JSON.stringify(original);
}
