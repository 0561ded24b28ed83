// The statements that match the user's filters, in date order.
import { lookupDataset } from "./datasetLookup";
import type { Dataset, Source, Statement } from "./schema";
import {
  countBefore,
  countOnOrBefore,
  indexStatements,
  type StatementIndex,
} from "./statementIndex";
import { createStatementSearch, type StatementSearch } from "./statementSearch";
import { foldAccents } from "./statementText";

export interface StatementCriteria {
  issueIds?: readonly string[] | undefined;
  partyIds?: readonly string[] | undefined;
  // ISO dates, both inclusive.
  from?: string | null | undefined;
  to?: string | null | undefined;
  // Part of the speaker's name.
  speaker?: string | undefined;
  // Words that must all appear in the statement's search text (see StatementSearch.textAt).
  text?: string | undefined;
  // Statements citing one of these sources are left out (e.g. stateMediaSourceIds).
  hiddenSourceIds?: ReadonlySet<string> | undefined;
}

// Returns the matching statements of an indexed dataset in date order (ties in dataset
// order). Empty or missing criteria do not filter; text and speaker ignore case and
// diacritics. With no criteria, the index's own array, so the reference stays stable.
export function filterIndexed(
  index: StatementIndex,
  search: StatementSearch,
  criteria: StatementCriteria,
): readonly Statement[] {
  const { byDate } = index;
  const issueIds = toSet(criteria.issueIds);
  const partyIds = toSet(criteria.partyIds);
  const words = foldAccents(criteria.text ?? "")
    .split(/\s+/)
    .filter((word) => word !== "");
  const speaker = foldAccents(criteria.speaker ?? "").trim();
  // Dates are sorted, so the range is two binary searches rather than a test per statement.
  const start = criteria.from ? countBefore(byDate, criteria.from) : 0;
  const end = criteria.to ? countOnOrBefore(byDate, criteria.to) : byDate.length;

  const hidden = criteria.hiddenSourceIds?.size ? criteria.hiddenSourceIds : null;
  const isUnfiltered = !issueIds && !partyIds && !hidden && words.length === 0 && speaker === "";
  if (isUnfiltered && start === 0 && end === byDate.length) return byDate;

  const matches: Statement[] = [];
  for (let i = start; i < end; i++) {
    const statement = byDate[i] as Statement;
    if (issueIds && !issueIds.has(statement.issueId)) continue;
    if (partyIds && !partyIds.has(statement.partyId)) continue;
    if (hidden?.has(statement.sourceId)) continue;
    if (speaker !== "" && !search.speakerAt(i).includes(speaker)) continue;
    if (words.length > 0) {
      const text = search.textAt(i);
      if (!words.every((word) => text.includes(word))) continue;
    }
    matches.push(statement);
  }
  return matches;
}

// Returns the ids of the sources whose kind is "state media": what "Hide state media" hides.
// A source without a kind is not assumed to be state media.
export function stateMediaSourceIds(sources: readonly Source[]): ReadonlySet<string> {
  return new Set(sources.filter((source) => source.kind === "state-media").map((s) => s.id));
}

// Returns the matching statements of a dataset: indexes it first, every call, so for one-off
// use (tests, scripts); the app filters through its scope (scope.ts), which keeps the index.
export function filterStatements(
  dataset: Dataset,
  criteria: StatementCriteria & { hideStateMedia?: boolean },
): readonly Statement[] {
  const index = indexStatements(dataset);
  const { hideStateMedia, ...rest } = criteria;
  return filterIndexed(index, createStatementSearch(index.byDate, lookupDataset(dataset)), {
    ...rest,
    hiddenSourceIds: hideStateMedia ? stateMediaSourceIds(dataset.sources) : rest.hiddenSourceIds,
  });
}

function toSet(ids: readonly string[] | undefined): ReadonlySet<string> | null {
  return ids && ids.length > 0 ? new Set(ids) : null;
}
