// How the dataset switcher names a dataset: title, statement count and where it came from.
import type { Dataset } from "../../domain/schema";
import { countText, formatDate } from "../../domain/statementText";
import { isoDay } from "../../ui/exportFilename";

export interface ImportFacts {
  importedAt: string; // ISO timestamp
  isKept: boolean;
}

// Returns e.g. "Riverland talks · 12 statements · imported 23 November 2026"; `imported` is
// null for the dataset built into Parley.
export function datasetLabel(dataset: Dataset, imported: ImportFacts | null): string {
  const parts = [dataset.meta.title, countText(dataset.statements.length, "statement")];
  if (imported === null) parts.push("built in");
  else {
    const importedAt = new Date(imported.importedAt);
    parts.push(
      Number.isNaN(importedAt.getTime())
        ? "imported"
        : `imported ${formatDate(isoDay(importedAt))}`,
    );
    if (!imported.isKept) parts.push("this session only");
  }
  return parts.join(" · ");
}
