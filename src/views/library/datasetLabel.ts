// How the dataset switcher names a dataset: title, statement count and where it came from.

import { countText, formatDate } from "../../domain/statementText";
import type { LibraryEntry } from "../../state/librarySlice";
import { isoDay } from "../../ui/exportFilename";

export type ListedFacts = Pick<LibraryEntry, "title" | "statementCount">;
export type ImportFacts = Pick<LibraryEntry, "importedAt" | "status">;

// Returns e.g. "Riverland talks · 12 statements · imported 23 November 2026"; `imported` is
// null for the dataset built into Parley.
export function datasetLabel(listed: ListedFacts, imported: ImportFacts | null): string {
  const parts = [listed.title, countText(listed.statementCount, "statement")];
  if (imported === null) parts.push("built in");
  else {
    const importedAt = new Date(imported.importedAt);
    parts.push(
      Number.isNaN(importedAt.getTime())
        ? "imported"
        : `imported ${formatDate(isoDay(importedAt))}`,
    );
    if (imported.status === "session") parts.push("this session only");
    if (imported.status === "removed-elsewhere") parts.push("removed in another tab");
  }
  return parts.join(" · ");
}
