// Edits as plain data over a dataset: each change adds, replaces or removes one party, issue,
// source or statement (a stance is added or edited through its issue), or makes several such
// changes as one batch. Every edit is checked by the import validator, so an edit that would
// make the dataset invalid is refused with the same problems an import would list. Each applied
// change comes with its inverse, so undo needs no copy of the whole dataset per step.
import { isSameName as sameName } from "../nameKey";
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

// Two parties, two issues or two stances of one issue with one name cannot be told apart in
// the matrix, the filters or the gap pickers. The contract allows it (an import is not refused
// for it), but an edit does not make it: only the items the change adds or replaces are
// checked, so a dataset that came with such twins can still be edited elsewhere. Names are
// compared after normalising (nameKey.ts): NFC and NFD "Café" are one name.

function duplicateNameProblem(after: Dataset, change: Change): Problem | null {
  for (const part of partsOf(change)) {
    if (part.op === "remove") continue;
    if (part.collection === "parties") {
      const twin = after.parties.findIndex(
        (each) => each.id !== part.item.id && sameName(each.name, part.item.name),
      );
      if (twin >= 0)
        return {
          path: `parties[${twin}].name`,
          expected: "a name no other party has",
          found: JSON.stringify(part.item.name),
        };
    }
    if (part.collection === "issues") {
      const issue = part.item;
      const twin = after.issues.findIndex(
        (each) => each.id !== issue.id && sameName(each.name, issue.name),
      );
      if (twin >= 0)
        return {
          path: `issues[${twin}].name`,
          expected: "a name no other issue has",
          found: JSON.stringify(issue.name),
        };
      const index = after.issues.findIndex((each) => each.id === issue.id);
      for (let i = 1; i < issue.stances.length; i++) {
        const label = (issue.stances[i] as (typeof issue.stances)[number]).label;
        if (issue.stances.slice(0, i).some((other) => sameName(other.label, label)))
          return {
            path: `issues[${index}].stances[${i}].label`,
            expected: "a label no other stance of the issue has",
            found: JSON.stringify(label),
          };
      }
    }
  }
  return null;
}

// Applies `change` if the result is a valid dataset; else the validator's problems.
export function editDataset(dataset: Dataset, change: Change): EditResult {
  const inverse = inverseOf(dataset, change);
  if (!inverse) return { ok: false, problems: [NOT_FOUND] };
  const taken = takenIdProblem(dataset, change);
  if (taken) return { ok: false, problems: [taken] };
  const after = applyChange(dataset, change);
  const twin = duplicateNameProblem(after, change);
  if (twin) return { ok: false, problems: [twin] };
  const parsed = parseDataset(after);
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
