// Reads public/data/catalog.json into its entries (catalog.ts), or says why it cannot.
import type { PublishedEntry } from "./catalog";

export type CatalogResult = { ok: true; entries: PublishedEntry[] } | { ok: false; reason: string };

// Past this many entries a catalog is someone's mistake, not a list to show in a select.
const MAX_ENTRIES = 200;
// A plain file name: no folder, no "..", no query; the app fetches only from data/.
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.json$/;
const TEXT_LIMIT = 300;

// Returns the catalog's entries, or why it cannot be read. An entry is kept only whole:
// id, version and title non-empty text, a safe file name (or null for the built-in one).
export function parseCatalog(json: unknown): CatalogResult {
  const list = (json as { datasets?: unknown } | null)?.datasets;
  if (typeof json !== "object" || json === null || !Array.isArray(list))
    return { ok: false, reason: "the catalog has no “datasets” list" };
  if (list.length > MAX_ENTRIES)
    return { ok: false, reason: `the catalog lists more than ${MAX_ENTRIES} datasets` };
  const entries: PublishedEntry[] = [];
  for (const [index, item] of list.entries()) {
    const entry = readEntry(item);
    if (!entry) return { ok: false, reason: `entry ${index + 1} of the catalog is malformed` };
    if (entries.some((known) => known.id === entry.id && known.version === entry.version))
      return { ok: false, reason: `the catalog lists ${entry.id} v${entry.version} twice` };
    entries.push(entry);
  }
  return { ok: true, entries };
}

function readEntry(item: unknown): PublishedEntry | null {
  if (typeof item !== "object" || item === null) return null;
  const { id, version, title, file } = item as Record<string, unknown>;
  const isText = (value: unknown): value is string =>
    typeof value === "string" && value.trim() !== "" && value.length <= TEXT_LIMIT;
  if (!isText(id) || !isText(version) || !isText(title)) return null;
  if (file !== null && (typeof file !== "string" || !FILE_NAME.test(file))) return null;
  return { id, version, title, file };
}
