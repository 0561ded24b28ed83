// The active filters as short removable chips ("Issue: Territory", "Hide state media"): what
// the folded filter bar shows, so a reader sees what narrows the view without opening it.
import type { Dataset } from "../domain/schema";
import { formatDate } from "../domain/statementText";
import { EMPTY_FILTERS, type Filters } from "../state/choices";

export interface FilterChip {
  key: string;
  label: string;
  // The filters with this one taken away.
  without: Partial<Filters>;
}

export function filterChips(
  filters: Filters,
  dataset: Pick<Dataset, "issues" | "parties">,
): FilterChip[] {
  const chips: FilterChip[] = [];
  const nameOf = (list: readonly { id: string; name: string }[], id: string) =>
    list.find((each) => each.id === id)?.name ?? id;
  for (const id of filters.issueIds)
    chips.push({
      key: `issue:${id}`,
      label: `Issue: ${nameOf(dataset.issues, id)}`,
      without: { issueIds: filters.issueIds.filter((each) => each !== id) },
    });
  for (const id of filters.partyIds)
    chips.push({
      key: `party:${id}`,
      label: `Party: ${nameOf(dataset.parties, id)}`,
      without: { partyIds: filters.partyIds.filter((each) => each !== id) },
    });
  if (filters.from)
    chips.push({ key: "from", label: `From ${formatDate(filters.from)}`, without: { from: null } });
  if (filters.to)
    chips.push({ key: "to", label: `To ${formatDate(filters.to)}`, without: { to: null } });
  if (filters.speaker)
    chips.push({
      key: "speaker",
      label: `Speaker: ${filters.speaker}`,
      without: { speaker: EMPTY_FILTERS.speaker },
    });
  if (filters.text)
    chips.push({
      key: "text",
      label: `Search: ${filters.text}`,
      without: { text: EMPTY_FILTERS.text },
    });
  if (filters.hideStateMedia)
    chips.push({ key: "nostate", label: "Hide state media", without: { hideStateMedia: false } });
  if (filters.countAccounts)
    chips.push({
      key: "accounts",
      label: "Accounts by other parties counted",
      without: { countAccounts: false },
    });
  return chips;
}
