// A change to a dataset as plain data, its inverse and applying it, without validation: kept
// apart from the validator (and zod) so undo, redo and the store's types load without them.
import type { Dataset } from "../schema";

export type Collection = "parties" | "issues" | "sources" | "statements";
type ItemOf<C extends Collection> = Dataset[C][number];

export type Change = {
  [C in Collection]:
    | { op: "add"; collection: C; item: ItemOf<C> }
    | { op: "replace"; collection: C; item: ItemOf<C> }
    | { op: "remove"; collection: C; id: string }
    | { op: "insert"; collection: C; item: ItemOf<C>; index: number };
}[Collection];

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
