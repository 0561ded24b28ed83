// The part of the store a URL carries, and its reading and writing. Pure: no DOM, no store,
// so it is unit-tested with plain strings.
import { DEFAULT_DATASET_KEY, getDefaultDataset } from "../data/defaultDataset";
import { publishedKey, readPublishedKey } from "../domain/catalog";
import type { Dataset } from "../domain/schema";
import { isStatementColumnId } from "../domain/statementColumnIds";
import { statementDateRange } from "../domain/statementIndex";
import type { ColumnFilters } from "../domain/statementTable";
import { DEFAULT_CHOICES, EMPTY_PACKAGE, type UrlState, VIEW_IDS, type ViewId } from "./choices";
import { readPackage, writePackage } from "./dealUrl";

export type { UrlState } from "./choices";

export const DEFAULT_URL_STATE: UrlState = {
  datasetKey: DEFAULT_DATASET_KEY,
  ...DEFAULT_CHOICES,
  dealPackage: EMPTY_PACKAGE,
};

export interface ParsedUrlState {
  // Every field, defaults where the URL says nothing or says something unusable, so applying
  // it on Back also resets what the earlier URL did not set.
  state: UrlState;
  // One short sentence per parameter that was dropped.
  notices: string[];
}

const KNOWN_PARAMETERS = new Set([
  "dataset",
  "v",
  // The page's mode (embedUrl.ts), not a choice: known, so it is never dropped with a notice.
  "embed",
  "view",
  "issues",
  "parties",
  "from",
  "to",
  "speaker",
  "q",
  "nostate",
  "accounts",
  "asOf",
  "compare",
  "gap",
  "rows",
  "cell",
  "package",
  "sort",
  "hide",
  "code",
]);

// A statements-table column filter is "filter.<column id>=text", e.g. filter.party=ukr.
const COLUMN_FILTER_PREFIX = "filter.";

// Free text longer than this is someone's paste gone wrong, not a search.
const MAX_TEXT_LENGTH = 200;

// Returns the key of the dataset a query string names, exactly as written (a stored key may
// be "" or hold spaces); the default one when it names none.
export function readDatasetKey(search: string): string {
  const params = new URLSearchParams(search);
  const key = params.get("dataset");
  const version = params.get("v");
  if (version === null) return key ?? DEFAULT_DATASET_KEY;
  // A pinned version: the built-in dataset when it is that version, else the published copy.
  const id = key ?? DEFAULT_DATASET_KEY;
  return id === DEFAULT_DATASET_KEY && version === getDefaultDataset().meta.version
    ? DEFAULT_DATASET_KEY
    : publishedKey(id, version);
}

// Returns the state a query string (with or without "?") describes, read against `dataset`,
// the one the caller found for readDatasetKey(search) (`datasetKey`). Unknown ids, malformed
// or out-of-range dates and unknown parameters are dropped with a notice, never thrown.
export function parseUrlState(
  search: string,
  dataset: Dataset,
  datasetKey = DEFAULT_DATASET_KEY,
): ParsedUrlState {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const issueIds = new Set(dataset.issues.map((issue) => issue.id));
  const partyIds = new Set(dataset.parties.map((party) => party.id));
  const range = statementDateRange(dataset.statements);

  for (const name of new Set(params.keys())) {
    if (!KNOWN_PARAMETERS.has(name) && !name.startsWith(COLUMN_FILTER_PREFIX))
      notices.push(`Ignored unknown link parameter ${quote(name)}.`);
  }
  const view = params.get("view");
  const isKnownView = view !== null && (VIEW_IDS as readonly string[]).includes(view);
  if (view !== null && !isKnownView) notices.push(`Ignored unknown view ${quote(view)}.`);

  const state: UrlState = {
    datasetKey,
    view: isKnownView ? (view as ViewId) : DEFAULT_URL_STATE.view,
    filters: {
      issueIds: readIds(params.get("issues"), issueIds, "issue", notices),
      partyIds: readIds(params.get("parties"), partyIds, "party", notices),
      from: readDate(params.get("from"), range, "“from” date", notices),
      to: readDate(params.get("to"), range, "“to” date", notices),
      speaker: readText(params.get("speaker")),
      text: readText(params.get("q")),
      hideStateMedia: readFlag(params.get("nostate"), "nostate", notices),
      countAccounts: readFlag(params.get("accounts"), "accounts", notices),
    },
    asOf: readDate(params.get("asOf"), range, "“as of” date", notices),
    compareFrom: readDate(params.get("compare"), range, "compare date", notices),
    gapParties: readGap(params.get("gap"), partyIds, notices),
    matrixRowsAre: readRows(params.get("rows"), notices),
    selectedCell: readCell(params.get("cell"), issueIds, partyIds, notices),
    tableSort: readSort(params.get("sort"), notices),
    hiddenColumns: readColumnIds(params.get("hide"), notices),
    columnFilters: readColumnFilters(params, notices),
    dealPackage: readPackage(params.get("package"), dataset, notices),
    isCoding: readFlag(params.get("code"), "code", notices),
  };
  return { state, notices };
}

// Returns "?…" with only the fields that differ from the defaults, in a fixed order, or ""
// so it can be compared with location.search as it is.
export function serializeUrlState(state: UrlState): string {
  const { filters } = state;
  // A published dataset is named by its id and the version it is pinned to.
  const published = readPublishedKey(state.datasetKey);
  const parts: [string, string | null][] = [
    [
      "dataset",
      state.datasetKey === DEFAULT_DATASET_KEY ? null : (published?.id ?? state.datasetKey),
    ],
    ["v", published?.version ?? null],
    ["view", state.view === DEFAULT_URL_STATE.view ? null : state.view],
    ["issues", filters.issueIds.length > 0 ? filters.issueIds.join(",") : null],
    ["parties", filters.partyIds.length > 0 ? filters.partyIds.join(",") : null],
    ["from", filters.from],
    ["to", filters.to],
    ["speaker", filters.speaker === "" ? null : filters.speaker],
    ["q", filters.text === "" ? null : filters.text],
    ["nostate", filters.hideStateMedia ? "1" : null],
    ["accounts", filters.countAccounts ? "1" : null],
    ["asOf", state.asOf],
    ["compare", state.compareFrom],
    ["gap", state.gapParties ? state.gapParties.join(",") : null],
    ["rows", state.matrixRowsAre === "issues" ? null : state.matrixRowsAre],
    [
      "cell",
      state.selectedCell ? `${state.selectedCell.issueId}:${state.selectedCell.partyId}` : null,
    ],
    [
      "sort",
      state.tableSort.length > 0
        ? state.tableSort.map((sort) => `${sort.desc ? "-" : ""}${sort.columnId}`).join(",")
        : null,
    ],
    ["hide", state.hiddenColumns.length > 0 ? state.hiddenColumns.join(",") : null],
    ["package", writePackage(state.dealPackage)],
    ["code", state.isCoding ? "1" : null],
    ...Object.entries(state.columnFilters)
      .filter(([, text]) => text !== "")
      .map(([id, text]): [string, string] => [`${COLUMN_FILTER_PREFIX}${id}`, text]),
  ];
  const query = parts
    .filter((part): part is [string, string] => part[1] !== null)
    .map(([name, value]) => `${name}=${encodeValue(value)}`)
    .join("&");
  return query === "" ? "" : `?${query}`;
}

// Returns the URL fields of the store's state (same references, so cheap to call often).
export function pickUrlState(state: UrlState): UrlState {
  const { datasetKey, view, filters, asOf, compareFrom, gapParties, matrixRowsAre } = state;
  const { selectedCell, tableSort, hiddenColumns, columnFilters, dealPackage, isCoding } = state;
  return {
    datasetKey,
    view,
    filters,
    asOf,
    compareFrom,
    gapParties,
    matrixRowsAre,
    selectedCell,
    tableSort,
    hiddenColumns,
    columnFilters,
    dealPackage,
    isCoding,
  };
}

// Returns the choices kept when `dataset` (stored under `datasetKey`) replaces the one shown:
// the view and layout (the table's sort and columns too) stay; issues, parties, dates and the
// open cell stay only where the new dataset has them; typed searches (speaker, words, column
// filters) are cleared, as they name the old negotiation's people. So no leftover filter can
// silently hide the new dataset.
export function fitChoicesToDataset(
  state: UrlState,
  dataset: Dataset,
  datasetKey: string,
  // True for another version of the dataset shown (an edit, undo, redo, or its edited copy):
  // the typed search and speaker stay, so a coder keeps the row being worked on.
  isSameDataset = false,
): UrlState {
  const filters = isSameDataset ? state.filters : { ...state.filters, speaker: "", text: "" };
  const columnFilters = isSameDataset ? state.columnFilters : {};
  const typed = { filters, columnFilters, datasetKey };
  return parseUrlState(serializeUrlState({ ...state, ...typed }), dataset, datasetKey).state;
}

// "1" turns an on/off choice on; anything else but "0" is dropped with a notice.
function readFlag(raw: string | null, name: string, notices: string[]): boolean {
  if (raw === null || raw === "0") return false;
  if (raw === "1") return true;
  notices.push(`Ignored ${name}=${quote(raw)}: it is 1 (on) or 0 (off).`);
  return false;
}

// Ids cannot contain "," or ":" (schema), so those stay readable in a shared link.
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%2C/g, ",").replace(/%3A/g, ":");
}

// Echoes a dropped value in a notice, cut short: a link may carry pages of pasted text.
export function quote(raw: string): string {
  const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  return `“${shown}”`;
}

function readIds(
  raw: string | null,
  known: ReadonlySet<string>,
  kind: string,
  notices: string[],
): string[] {
  if (raw === null) return [];
  const ids = new Set<string>();
  const unknown = new Set<string>();
  for (const id of raw.split(",").map((part) => part.trim())) {
    if (id === "") continue;
    if (known.has(id)) ids.add(id);
    else unknown.add(id);
  }
  const notice = unknownIdsNotice([...unknown], kind);
  if (notice) notices.push(notice);
  return [...ids];
}

// One notice for every unknown id of a kind, however many: a link with 12,000 made-up issue
// ids says so in one line rather than 12,000. Up to three are named.
export function unknownIdsNotice(unknown: readonly string[], kind: string): string | null {
  const [first] = unknown;
  if (first === undefined) return null;
  if (unknown.length === 1) return `Ignored unknown ${kind} ${quote(first)}.`;
  const count = unknown.length.toLocaleString("en");
  if (unknown.length <= 3) {
    return `Ignored ${count} unknown ${kind} ids: ${unknown.map(quote).join(", ")}.`;
  }
  return `${count} unknown ${kind} ids were ignored.`;
}

function readDate(
  raw: string | null,
  range: { first: string; last: string },
  label: string,
  notices: string[],
): string | null {
  if (raw === null || raw === "") return null;
  if (!isIsoDate(raw)) {
    notices.push(`Ignored the ${label} ${quote(raw)}: not a date (use YYYY-MM-DD).`);
    return null;
  }
  if (raw < range.first || raw > range.last) {
    notices.push(`Ignored the ${label} ${raw}: outside ${range.first} to ${range.last}.`);
    return null;
  }
  return raw;
}

// True for a real calendar day in YYYY-MM-DD (rejects 2024-02-30).
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

function readText(raw: string | null): string {
  return (raw ?? "").slice(0, MAX_TEXT_LENGTH);
}

function readGap(
  raw: string | null,
  partyIds: ReadonlySet<string>,
  notices: string[],
): [string, string] | null {
  if (raw === null) return null;
  const [a, b, ...rest] = raw.split(",");
  if (a && b && rest.length === 0 && a !== b && partyIds.has(a) && partyIds.has(b)) return [a, b];
  notices.push(`Ignored the gap parties ${quote(raw)}: expected two different known parties.`);
  return null;
}

function readRows(raw: string | null, notices: string[]): UrlState["matrixRowsAre"] {
  if (raw === null || raw === "issues") return "issues";
  if (raw === "parties") return "parties";
  notices.push(`Ignored the matrix layout ${quote(raw)}.`);
  return "issues";
}

function readCell(
  raw: string | null,
  issueIds: ReadonlySet<string>,
  partyIds: ReadonlySet<string>,
  notices: string[],
): UrlState["selectedCell"] {
  if (raw === null) return null;
  const [issueId, partyId, ...rest] = raw.split(":");
  if (issueId && partyId && rest.length === 0 && issueIds.has(issueId) && partyIds.has(partyId)) {
    return { issueId, partyId };
  }
  notices.push(`Ignored the matrix cell ${quote(raw)}: no such issue and party.`);
  return null;
}

// "-date,party" → date descending, then party ascending; unknown columns are dropped.
function readSort(raw: string | null, notices: string[]): UrlState["tableSort"] {
  if (raw === null) return [];
  const sort: UrlState["tableSort"] = [];
  for (const part of raw.split(",")) {
    const desc = part.startsWith("-");
    const columnId = desc ? part.slice(1) : part;
    if (columnId === "" || sort.some((each) => each.columnId === columnId)) continue;
    if (isStatementColumnId(columnId)) sort.push({ columnId, desc });
    else notices.push(`Ignored the table sort by ${quote(columnId)}: no such column.`);
  }
  return sort;
}

function readColumnIds(raw: string | null, notices: string[]): string[] {
  if (raw === null) return [];
  const ids = new Set<string>();
  const unknown: string[] = [];
  for (const id of raw.split(",")) {
    if (id === "") continue;
    if (isStatementColumnId(id)) ids.add(id);
    else unknown.push(id);
  }
  const notice = unknownIdsNotice(unknown, "column");
  if (notice) notices.push(notice);
  return [...ids];
}

function readColumnFilters(params: URLSearchParams, notices: string[]): ColumnFilters {
  const filters: Record<string, string> = {};
  for (const [name, value] of params) {
    if (!name.startsWith(COLUMN_FILTER_PREFIX)) continue;
    const id = name.slice(COLUMN_FILTER_PREFIX.length);
    if (!isStatementColumnId(id)) {
      notices.push(`Ignored the filter on ${quote(id)}: no such column.`);
      continue;
    }
    const text = readText(value);
    if (text !== "") filters[id] = text;
  }
  return filters;
}
