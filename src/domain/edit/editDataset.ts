// Edits as plain data over a dataset: each change adds, replaces or removes one party, issue,
// source or statement (a stance is added or edited through its issue). Every edit is checked by
// the import validator, so an edit that would make the dataset invalid is refused with the
// same problems an import would list. Each applied change comes with its inverse, so undo needs
// no copy of the whole dataset per step.
import type { Dataset, DatasetMeta } from "../schema";
import { type Problem, parseDataset } from "../validate";
import { applyChange, type Change, type Collection, inverseOf } from "./changes";

export type { Change, Collection } from "./changes";

export type EditResult =
  | { ok: true; dataset: Dataset; inverse: Change }
  | { ok: false; problems: Problem[] };

const NOT_FOUND: Problem = { path: "(edit)", expected: "an item that exists", found: "none" };

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
  return parsed.ok
    ? { ok: true, dataset: parsed.value, inverse }
    : { ok: false, problems: parsed.problems };
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
