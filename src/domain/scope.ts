// The scope: everything the views read about the dataset shown and the user's filters,
// derived once per (dataset, filters). In the spirit of OWID's OwidTable: a transform returns
// a new object, and answers that cost a pass over the statements (the positions at a date)
// are memoised on that object, so no cache keyed on the dataset lives anywhere else.
//
//   indexDataset(dataset)        once per dataset: statements by date, lookups, search text
//   createScope(indexed, filters) once per filter change: the statements the filters leave,
//                                 the issues and parties shown, positionsAt(date)
import { changesBetweenMatrices, type StanceChange } from "./changesBetween";
import { type DatasetLookup, lookupDataset } from "./datasetLookup";
import { type EventStop, eventStops } from "./events";
import { filterIndexed, stateMediaSourceIds } from "./filterStatements";
import { type PositionMatrix, positionsAsOf } from "./positionsAsOf";
import {
  type AsOfChoice,
  pickById,
  resolveAsOf,
  resolveCompareFrom,
  resolveGapPair,
} from "./resolveChoices";
import type { Dataset, Issue, Party, Source, Statement } from "./schema";
import { indexStatements, type StatementIndex } from "./statementIndex";
import { createStatementSearch, type StatementSearch } from "./statementSearch";

// What the user filters by (the store's Filters has this shape).
export interface ScopeFilters {
  issueIds: readonly string[]; // empty = all issues
  partyIds: readonly string[]; // empty = all parties
  from: string | null; // ISO date, inclusive
  to: string | null; // ISO date, inclusive
  speaker: string; // "" = any
  text: string; // "" = any
  hideStateMedia: boolean; // leave out statements whose source is state media
  // "Count accounts by other parties as positions": the old rule, the latest statement wins
  // whoever made it (provenance.ts). Not a filter of statements, but of whose words count.
  countAccounts: boolean;
}

export const NO_FILTERS: ScopeFilters = {
  issueIds: [],
  partyIds: [],
  from: null,
  to: null,
  speaker: "",
  text: "",
  hideStateMedia: false,
  countAccounts: false,
};

// The dataset with its indexes; built once per dataset and treated as immutable.
export interface IndexedDataset {
  readonly dataset: Dataset;
  // Every statement, by date and by cell.
  readonly index: StatementIndex;
  readonly lookup: DatasetLookup;
  // The text the search box looks in, built on first use or in idle time (prepare).
  readonly search: StatementSearch;
  // sourceId → its statements in date order.
  readonly bySource: ReadonlyMap<string, readonly Statement[]>;
  // The sources "Hide state media" hides.
  readonly stateMediaSourceIds: ReadonlySet<string>;
}

export function indexDataset(dataset: Dataset): IndexedDataset {
  const index = indexStatements(dataset);
  const lookup = lookupDataset(dataset);
  const bySource = new Map<string, Statement[]>();
  for (const statement of index.byDate) {
    const list = bySource.get(statement.sourceId);
    if (list) list.push(statement);
    else bySource.set(statement.sourceId, [statement]);
  }
  return {
    dataset,
    index,
    lookup,
    search: createStatementSearch(index.byDate, lookup),
    bySource,
    stateMediaSourceIds: stateMediaSourceIds(dataset.sources),
  };
}

export interface Scope {
  readonly dataset: Dataset;
  readonly indexed: IndexedDataset;
  readonly filters: ScopeFilters;
  // The statements every filter leaves, in date order: what the table lists and counts.
  readonly statements: readonly Statement[];
  // The issues and parties the filters show, in dataset order: the matrix's rows and columns.
  readonly issues: readonly Issue[];
  readonly parties: readonly Party[];
  // Distinct statement dates of the whole dataset, ascending: the stops of the date sliders.
  readonly dates: readonly string[];
  // True when a filter other than issues and parties (dates, speaker, words, state media) leaves some of the
  // shown cells' statements out, so the matrix shows less than the record.
  readonly isNarrowedByStatements: boolean;
  // The statements the date, speaker and word filters leave, indexed by cell (all issues and
  // parties): what positions are read from, here and in the deal-space rules.
  readonly cellIndex: StatementIndex;
  // Every party's position on every issue at `date` (ISO, inclusive), from the statements the
  // date, speaker and word filters leave: the issue and party filters only pick which rows and
  // columns are shown, so the gap between two parties never loses a party to them.
  // Memoised per date on this scope.
  positionsAt(date: string): PositionMatrix;
  // The cells whose stance differs between two dates (see changesBetween), from positionsAt.
  changesBetween(from: string, to: string): StanceChange[];
  party(id: string): Party | undefined;
  issue(id: string): Issue | undefined;
  source(id: string): Source | undefined;
  // A source's statements in date order, whatever the filters.
  sourceStatements(sourceId: string): readonly Statement[];
}

const NO_STATEMENTS: readonly Statement[] = [];

// Returns the scope of `filters` over the dataset.
export function createScope(indexed: IndexedDataset, filters: ScopeFilters): Scope {
  const { dataset, index, lookup, search } = indexed;
  // The text pass runs once; narrowing to issues and parties is a cheap second pass.
  const inAnyCell = filterIndexed(index, search, {
    ...filters,
    issueIds: [],
    partyIds: [],
    hiddenSourceIds: filters.hideStateMedia ? indexed.stateMediaSourceIds : undefined,
  });
  const statements =
    filters.issueIds.length === 0 && filters.partyIds.length === 0
      ? inAnyCell
      : keepCells(inAnyCell, filters.issueIds, filters.partyIds);
  const cellIndex = filters.countAccounts
    ? indexStatements({ statements: inAnyCell }, "latest-wins")
    : inAnyCell === index.byDate
      ? index
      : indexStatements({ statements: inAnyCell });
  const positions = new Map<string, PositionMatrix>();
  const positionsAt = (date: string) => {
    let matrix = positions.get(date);
    if (!matrix) {
      matrix = positionsAsOf(dataset, date, cellIndex);
      positions.set(date, matrix);
    }
    return matrix;
  };
  const inShownCells =
    inAnyCell === index.byDate
      ? statements.length
      : keepCells(index.byDate, filters.issueIds, filters.partyIds).length;

  return {
    dataset,
    indexed,
    filters,
    statements,
    issues: pickById(dataset.issues, filters.issueIds),
    parties: pickById(dataset.parties, filters.partyIds),
    dates: index.dates,
    isNarrowedByStatements: statements.length < inShownCells,
    cellIndex,
    positionsAt,
    changesBetween(from, to) {
      const [earlier, later] = from <= to ? [from, to] : [to, from];
      return changesBetweenMatrices(positionsAt(earlier), positionsAt(later));
    },
    party: (id) => lookup.parties.get(id),
    issue: (id) => lookup.issues.get(id),
    source: (id) => lookup.sources.get(id),
    sourceStatements: (sourceId) => indexed.bySource.get(sourceId) ?? NO_STATEMENTS,
  };
}

function keepCells(
  statements: readonly Statement[],
  issueIds: readonly string[],
  partyIds: readonly string[],
): readonly Statement[] {
  const issues = issueIds.length > 0 ? new Set(issueIds) : null;
  const parties = partyIds.length > 0 ? new Set(partyIds) : null;
  if (!issues && !parties) return statements;
  return statements.filter(
    (statement) =>
      (!issues || issues.has(statement.issueId)) && (!parties || parties.has(statement.partyId)),
  );
}

// What the store keeps for the matrix and timeline choices (null = the default).
export interface StoredChoices {
  asOf: string | null;
  compareFrom: string | null;
  gapParties: readonly [string, string] | null;
}

// The stored choices as every view shows them.
export interface ResolvedChoices {
  asOf: AsOfChoice;
  // The dates "as of" can be set to: the dataset's statement dates up to the filter's "To".
  asOfDates: readonly string[];
  // The newest of them (or "To" itself): the date stored as null, which follows new data.
  newestAsOf: string;
  // The dataset's events "as of" can jump to: those from the first of asOfDates to newestAsOf.
  eventStops: readonly EventStop[];
  // The compare date in force, never after asOf.date; null when compare mode is off.
  compareFrom: string | null;
  // The two parties the gap measures, on the matrix and the timeline alike.
  gapPair: readonly [Party, Party] | null;
}

// Returns the stored choices resolved against the scope (see resolveChoices.ts for each rule).
export function resolveChoices(scope: Scope, stored: StoredChoices): ResolvedChoices {
  const { dates, filters, dataset } = scope;
  const last = dates[dates.length - 1] ?? null;
  const asOf = resolveAsOf(stored.asOf, last, filters.to, dataset.meta.updated);
  const asOfDates =
    filters.to === null ? dates : dates.filter((date) => date <= (filters.to ?? ""));
  const newestAsOf =
    filters.to !== null && (last === null || filters.to < last) ? filters.to : (last ?? asOf.date);
  return {
    asOf,
    asOfDates,
    newestAsOf,
    eventStops: eventStops(dataset.events, asOfDates[0], newestAsOf),
    compareFrom: resolveCompareFrom(stored.compareFrom, asOf.date),
    gapPair: resolveGapPair(dataset.parties, filters.partyIds, stored.gapParties),
  };
}
