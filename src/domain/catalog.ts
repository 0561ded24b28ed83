// The datasets a deployment publishes with the site (public/data/catalog.json): each opens
// for every visitor from a link naming its id and version, so a shared link works for anyone,
// not only where the file was imported. The built-in dataset is the catalog's first entry,
// with no file: it is bundled with the app. Reading the catalog file is catalogFile.ts, apart,
// so the first view carries only these keys.

export interface PublishedEntry {
  id: string;
  version: string;
  title: string;
  // A file name in the site's data/ folder; null for the built-in dataset.
  file: string | null;
}

const PREFIX = "published:";

// The key a published dataset is shown under: apart from the keys of datasets kept in this
// browser, which are their ids.
export function publishedKey(id: string, version: string): string {
  return `${PREFIX}${id}@${version}`;
}

// Returns the id and version a published key names, or null for any other key. The version
// follows the last "@", so an id may hold one.
export function readPublishedKey(key: string): { id: string; version: string } | null {
  if (!key.startsWith(PREFIX)) return null;
  const rest = key.slice(PREFIX.length);
  const at = rest.lastIndexOf("@");
  if (at <= 0 || at === rest.length - 1) return null;
  return { id: rest.slice(0, at), version: rest.slice(at + 1) };
}

// The entry a link names: the version it pins, or without one the first listed of that id.
export function findPublished(
  entries: readonly PublishedEntry[],
  id: string,
  version: string | null,
): PublishedEntry | undefined {
  return entries.find(
    (entry) => entry.id === id && (version === null || entry.version === version),
  );
}
