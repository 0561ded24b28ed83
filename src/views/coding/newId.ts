// An id for something added in a form: from its name where that gives a free, valid id
// ("Upland Republic" → "upland-republic"), else a numbered one.
import { freeId } from "../../domain/edit/editDataset";

export function newId(list: ReadonlyArray<{ id: string }>, name: string, base: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  if (/^[a-z0-9]/.test(slug) && !list.some((each) => each.id === slug)) return slug;
  return freeId(list, base);
}
