// Edits as plain data over a dataset: each change adds, replaces or removes one party, issue,
// source or statement (a stance is added or edited through its issue), or makes several such
// changes as one batch. Every edit is checked by the import validator, so an edit that would
// make the dataset invalid is refused with the same problems an import would list. Each applied
// change comes with its inverse, so undo needs no copy of the whole dataset per step.
import type { Dataset } from "../schema";
import { type Problem, parseDataset } from "../validate";
import { applyChange, type Change, inverseOf, partsOf } from "./changes";

export type { Change, Collection } from "./changes";

export type EditResult =
  | { ok: true; dataset: Dataset; inverse: Change }
  | { ok: false; problems: Problem[] };

const NOT_FOUND: Problem = { path: "(edit)", expected: "an item that exists", found: "none" };

// An add whose id is taken would replace nothing and leave two items with one id: refused
// here with the id, before the validator would name both places.
function takenIdProblem(dataset: Dataset, change: Change): Problem | null {
  let current = dataset;
  for (const part of partsOf(change)) {
    if (part.op === "add" && current[part.collection].some((each) => each.id === part.item.id))
      return {
        path: `${part.collection}.id`,
        expected: "an id not used before",
        found: JSON.stringify(part.item.id),
      };
    current = applyChange(current, part);
  }
  return null;
}

// Applies `change` if the result is a valid dataset; else the validator's problems.
export function editDataset(dataset: Dataset, change: Change): EditResult {
  const inverse = inverseOf(dataset, change);
  if (!inverse) return { ok: false, problems: [NOT_FOUND] };
  const taken = takenIdProblem(dataset, change);
  if (taken) return { ok: false, problems: [taken] };
  const parsed = parseDataset(applyChange(dataset, change));
  return parsed.ok
    ? { ok: true, dataset: parsed.value, inverse }
    : { ok: false, problems: parsed.problems };
}

// An id like `${base}-${n}` that no item of `list` has yet.
export function freeId(list: ReadonlyArray<{ id: string }>, base: string): string {
  const taken = new Set(list.map((each) => each.id));
  let n = list.length + 1;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
