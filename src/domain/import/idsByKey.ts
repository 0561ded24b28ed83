// Gives each distinct key a unique id, keeping first-appearance order: the id a file names
// where it has an id column, else one made from the name.
import { slugify } from "./slugify";

export class IdsByKey {
  readonly ids = new Map<string, string>();
  private readonly taken = new Set<string>();

  // `wanted` is an id from the file (kept as it is) or a name (slugified).
  idFor(key: string, wanted: string, isId = false): string {
    const known = this.ids.get(key);
    if (known) return known;
    const base = isId ? wanted : slugify(wanted);
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.ids.set(key, id);
    this.taken.add(id);
    return id;
  }
}
