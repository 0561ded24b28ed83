// What every file that leaves Parley says about itself (issue 22): which dataset and version,
// which dates, which filters, whose reporting. Pure, so an image's header and footer, the
// matrix CSV's context rows and the briefing say the same words.

import type { Dataset, DatasetMeta, Source, Statement } from "../schema";
import type { ScopeFilters } from "../scope";
import { formatDate } from "../statementText";

export interface ExportCredit {
  // e.g. "Positions as of 21 August 2025".
  title: string;
  // "As of 21 August 2025", with "· compared with 1 May 2025" in compare mode.
  dateLine: string;
  // One line per active filter, or the single line NO_FILTERS_TEXT.
  filterLines: string[];
  // "Kyiv Independent and Reuters": whose reporting the file rests on.
  outletsText: string;
  // "Russia–Ukraine talks v3" (datasetCitation).
  datasetText: string;
  // "Source: Kyiv Independent and Reuters, coded in Russia–Ukraine talks v3".
  sourceLine: string;
  // The address of the view the file came from; it opens with the same choices.
  link: string;
}

export const NO_FILTERS_TEXT = "Filters: none (every statement)";
// Past this many outlets a footer line stops being read; the rest are counted.
const MAX_OUTLETS = 6;

export interface CreditInput {
  dataset: Dataset;
  filters: ScopeFilters;
  // The statements the file shows, whose sources are the ones credited (a list, or a function
  // giving it, so a caller can defer the pass until a credit is built).
  statements: readonly Statement[] | (() => readonly Statement[]);
  title: string;
  // The matrix's dates, or a chart's time window (its first and last day).
  dates: { asOf: string; compareFrom: string | null } | { from: string; to: string };
  link: string;
}

export function buildCredit(input: CreditInput): ExportCredit {
  const { dataset } = input;
  const statements = typeof input.statements === "function" ? input.statements() : input.statements;
  const outlets = outletsOf(statements, dataset.sources);
  return {
    title: input.title,
    dateLine:
      "asOf" in input.dates
        ? dateLine(input.dates.asOf, input.dates.compareFrom)
        : `Statements from ${formatDate(input.dates.from)} to ${formatDate(input.dates.to)}`,
    filterLines: filterLines(dataset, input.filters),
    outletsText: outletsText(outlets),
    datasetText: datasetCitation(dataset.meta),
    sourceLine: sourceLine(outlets, dataset.meta),
    link: input.link,
  };
}

// "Russia–Ukraine talks v3": the dataset as a reader cites it, with its meta.version.
export function datasetCitation(meta: Pick<DatasetMeta, "title" | "version">): string {
  return `${meta.title} v${meta.version}`;
}

// "As of 21 August 2025" or "As of 21 August 2025 · compared with 1 May 2025".
export function dateLine(asOf: string, compareFrom: string | null): string {
  const now = `As of ${formatDate(asOf)}`;
  return compareFrom ? `${now} · compared with ${formatDate(compareFrom)}` : now;
}

// Returns one line per filter that narrows what is shown, in the filter bar's order, naming
// issues and parties as the dataset does; NO_FILTERS_TEXT alone when none is active.
export function filterLines(
  dataset: Pick<Dataset, "issues" | "parties">,
  filters: ScopeFilters,
): string[] {
  const lines: string[] = [];
  const names = (ids: readonly string[], items: readonly { id: string; name: string }[]) =>
    items.filter((item) => ids.includes(item.id)).map((item) => item.name);
  if (filters.issueIds.length > 0)
    lines.push(`Issues: ${names(filters.issueIds, dataset.issues).join(", ")}`);
  if (filters.partyIds.length > 0)
    lines.push(`Parties: ${names(filters.partyIds, dataset.parties).join(", ")}`);
  if (filters.from && filters.to)
    lines.push(`Dates: ${formatDate(filters.from)} to ${formatDate(filters.to)}`);
  else if (filters.from) lines.push(`Dates: from ${formatDate(filters.from)}`);
  else if (filters.to) lines.push(`Dates: up to ${formatDate(filters.to)}`);
  if (filters.speaker.trim()) lines.push(`Speaker: “${filters.speaker.trim()}”`);
  if (filters.text.trim()) lines.push(`Words: “${filters.text.trim()}”`);
  if (filters.hideStateMedia) lines.push("State media hidden");
  if (filters.countAccounts) lines.push("Accounts by other parties counted as positions");
  return lines.length > 0 ? lines : [NO_FILTERS_TEXT];
}

// Returns the distinct outlets of the statements' sources, most statements first, ties in
// alphabetical order: the footer names whose reporting the picture rests on.
export function outletsOf(statements: readonly Statement[], sources: readonly Source[]): string[] {
  const outletById = new Map(sources.map((source) => [source.id, source.outlet.trim()]));
  const counts = new Map<string, number>();
  for (const statement of statements) {
    const outlet = outletById.get(statement.sourceId);
    if (outlet) counts.set(outlet, (counts.get(outlet) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b, "en"))
    .map(([outlet]) => outlet);
}

// "Source: A, B and C, coded in <title> v<version>".
export function sourceLine(
  outlets: readonly string[],
  meta: Pick<DatasetMeta, "title" | "version">,
): string {
  return `Source: ${outletsText(outlets)}, coded in ${datasetCitation(meta)}`;
}

// "A, B and C"; past six outlets, "A, …, F and 4 more outlets".
export function outletsText(outlets: readonly string[]): string {
  const shown = outlets.slice(0, MAX_OUTLETS);
  const rest = outlets.length - shown.length;
  if (rest > 0) return `${shown.join(", ")} and ${rest} more ${rest === 1 ? "outlet" : "outlets"}`;
  return shown.length > 1
    ? `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`
    : (shown[0] ?? "no statements");
}

// The rows a table's CSV ends with, after an empty row: what the table shows and where it
// came from, one "label, value" pair a row so a spreadsheet shows them in two columns.
export function contextCsvRows(
  credit: ExportCredit,
  dates: { asOf: string; compareFrom: string | null },
): string[][] {
  return [
    [],
    ["Dataset", credit.datasetText],
    ["As of", formatDate(dates.asOf)],
    ...(dates.compareFrom ? [["Compared with", formatDate(dates.compareFrom)]] : []),
    ["Filters", credit.filterLines.join("; ")],
    ["Source", credit.outletsText],
    ["Link", credit.link],
  ];
}
