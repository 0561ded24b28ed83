// How what storage lists becomes the library this tab shows. Pure: the store and IndexedDB
// stay in datasetActions.ts, so these rules (what a tab keeps of its own, what another tab's
// removal does to the dataset on screen) are unit-tested with plain data.
import type { StoredSummary } from "../storage/recordShape";
import type { DamagedEntry, LibraryEntry } from "./librarySlice";

export function entryFromSummary(summary: StoredSummary): LibraryEntry {
  const { key, fileName, importedAt, title, statementCount, metaId, revision } = summary;
  return { key, fileName, importedAt, title, statementCount, metaId, revision, status: "kept" };
}

export function damagedFromSummary(summary: StoredSummary): DamagedEntry {
  return {
    storageKey: summary.key,
    label: summary.fileName ? `"${summary.key}" (${summary.fileName})` : `"${summary.key}"`,
    reason: summary.damage ?? "it could not be read",
    revision: summary.revision,
  };
}

export interface ListingResult {
  library: LibraryEntry[];
  damaged: DamagedEntry[];
  // The dataset on screen was removed by another tab (it stays shown, marked so).
  shownRemovedElsewhere: LibraryEntry | null;
  // The dataset on screen has a newer revision, written by another tab.
  shownChangedElsewhere: LibraryEntry | null;
}

// Merges a fresh listing with what only this page holds: session-only imports, and the
// dataset shown here if another tab removed it (never blanked: it stays, marked).
export function mergeListing(
  summaries: readonly StoredSummary[],
  current: { library: readonly LibraryEntry[]; datasetKey: string },
  reservedKey: string,
): ListingResult {
  const stored: LibraryEntry[] = [];
  const damaged: DamagedEntry[] = [];
  for (const summary of summaries) {
    if (summary.key === reservedKey)
      damaged.push({
        ...damagedFromSummary(summary),
        reason: `"${summary.key}" has the built-in dataset's name`,
      });
    else if (summary.damage !== null) damaged.push(damagedFromSummary(summary));
    else stored.push(entryFromSummary(summary));
  }
  const storedByKey = new Map(stored.map((entry) => [entry.key, entry]));
  const shown = current.library.find((entry) => entry.key === current.datasetKey);
  let shownRemovedElsewhere: LibraryEntry | null = null;
  let shownChangedElsewhere: LibraryEntry | null = null;
  const onlyHere = current.library.filter((entry) => {
    if (storedByKey.has(entry.key)) return false;
    if (entry.status !== "kept") return true;
    if (entry !== shown) return false;
    shownRemovedElsewhere = { ...entry, status: "removed-elsewhere", revision: null };
    return false;
  });
  if (shown?.status === "kept") {
    const now = storedByKey.get(shown.key);
    if (now && now.revision !== shown.revision) shownChangedElsewhere = now;
  }
  const library = [
    ...stored,
    ...onlyHere,
    ...(shownRemovedElsewhere ? [shownRemovedElsewhere] : []),
  ];
  library.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
  return { library, damaged, shownRemovedElsewhere, shownChangedElsewhere };
}
