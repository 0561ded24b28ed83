// The edited copy of a dataset that must not be overwritten (the built-in one): its id and
// title. Apart from editDataset.ts so the header can tell an edited copy without loading the
// validator.
import type { DatasetMeta } from "../schema";

// The meta of the copy a first edit makes of a dataset that must not be overwritten. An id
// some kept dataset already has (an earlier edited copy) is not reused: the library would take
// the new copy for a re-import of that one and offer to replace it, losing its edits.
export function editedCopyMeta(
  meta: DatasetMeta,
  today: string,
  takenIds: ReadonlySet<string> = new Set(),
): DatasetMeta {
  let n = 1;
  const idOf = (count: number) => `${meta.id}-edited${count === 1 ? "" : `-${count}`}`;
  while (takenIds.has(idOf(n))) n++;
  const title = `${meta.title} (edited${n === 1 ? "" : ` ${n}`})`;
  return { ...meta, id: idOf(n), title, updated: today };
}

// Whether `id` names an edited copy of the dataset `originalId` (editedCopyMeta's ids).
export function isEditedCopyId(id: string, originalId: string): boolean {
  const prefix = `${originalId}-edited`;
  if (id === prefix) return true;
  return id.startsWith(`${prefix}-`) && /^\d+$/.test(id.slice(prefix.length + 1));
}
