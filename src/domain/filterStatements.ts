// The statements that match the user's filters, in date order.
import type { Dataset, Statement } from "./schema";
import { countBefore, countOnOrBefore, indexStatements } from "./statementIndex";
import { foldAccents } from "./statementText";

export interface StatementCriteria {
  issueIds?: readonly string[] | undefined;
  partyIds?: readonly string[] | undefined;
  // ISO dates, both inclusive.
  from?: string | undefined;
  to?: string | undefined;
  // Part of the speaker's name.
  speaker?: string | undefined;
  // Words that must all appear in the summary, quote, speaker or reporter.
  text?: string | undefined;
}

// Search strings aligned with StatementIndex.byDate, built once per dataset: folding 100k
// statements on every keystroke would cost more than the search itself.
interface SearchStrings {
  text: string[];
  speaker: string[];
}

const searchCache = new WeakMap<Dataset, SearchStrings>();

// The last answer per dataset: the filter bar, the matrix and the table each ask for the same
// filters on every keystroke, and at 100k statements each asking costs a full pass.
const lastResult = new WeakMap<Dataset, { key: string; statements: readonly Statement[] }>();

// Returns the matching statements in date order (ties in dataset order). Empty or missing
// criteria do not filter; text and speaker ignore case and diacritics.
export function filterStatements(
  dataset: Dataset,
  criteria: StatementCriteria,
): readonly Statement[] {
  const key = JSON.stringify([
    criteria.issueIds,
    criteria.partyIds,
    criteria.from,
    criteria.to,
    criteria.speaker,
    criteria.text,
  ]);
  const last = lastResult.get(dataset);
  if (last?.key === key) return last.statements;
  const statements = runFilter(dataset, criteria);
  lastResult.set(dataset, { key, statements });
  return statements;
}

function runFilter(dataset: Dataset, criteria: StatementCriteria): readonly Statement[] {
  const { byDate } = indexStatements(dataset);
  const issueIds = toSet(criteria.issueIds);
  const partyIds = toSet(criteria.partyIds);
  const words = foldAccents(criteria.text ?? "")
    .split(/\s+/)
    .filter((word) => word !== "");
  const speaker = foldAccents(criteria.speaker ?? "").trim();
  // Dates are sorted, so the range is two binary searches rather than a test per statement.
  const start = criteria.from ? countBefore(byDate, criteria.from) : 0;
  const end = criteria.to ? countOnOrBefore(byDate, criteria.to) : byDate.length;

  const isUnfiltered = !issueIds && !partyIds && words.length === 0 && speaker === "";
  // The cached array itself when nothing is filtered out keeps the result's reference stable.
  if (isUnfiltered && start === 0 && end === byDate.length) return byDate;

  const search = words.length > 0 || speaker !== "" ? searchStrings(dataset) : null;
  const matches: Statement[] = [];
  for (let i = start; i < end; i++) {
    const statement = byDate[i];
    if (!statement) continue;
    if (issueIds && !issueIds.has(statement.issueId)) continue;
    if (partyIds && !partyIds.has(statement.partyId)) continue;
    if (search && speaker !== "" && !search.speaker[i]?.includes(speaker)) continue;
    if (search && words.length > 0) {
      const text = search.text[i] ?? "";
      if (!words.every((word) => text.includes(word))) continue;
    }
    matches.push(statement);
  }
  return matches;
}

function searchStrings(dataset: Dataset): SearchStrings {
  prepareSearch(dataset);
  return searchCache.get(dataset) as SearchStrings;
}

// Builds the dataset's search strings, at most `maxStatements` more of them per call, and says
// whether they are complete. At 100k statements building them takes a few hundred ms, which a
// caller can spread over idle time before the first keystroke instead of paying on it.
export function prepareSearch(dataset: Dataset, maxStatements = Number.POSITIVE_INFINITY): boolean {
  const { byDate } = indexStatements(dataset);
  let strings = searchCache.get(dataset);
  if (!strings) {
    strings = { text: [], speaker: [] };
    searchCache.set(dataset, strings);
  }
  const end = Math.min(byDate.length, strings.text.length + maxStatements);
  for (let i = strings.text.length; i < end; i++) {
    const statement = byDate[i] as Statement;
    // Newline-joined: the query is split on whitespace, so no word can span two fields.
    strings.text.push(
      foldAccents(
        [
          statement.summary,
          statement.quote,
          statement.speaker.name,
          statement.speaker.role,
          statement.reportedBy?.name,
          statement.reportedBy?.role,
        ]
          .filter((field) => field != null)
          .join("\n"),
      ),
    );
    strings.speaker.push(foldAccents(statement.speaker.name));
  }
  return strings.text.length === byDate.length;
}

function toSet(ids: readonly string[] | undefined): ReadonlySet<string> | null {
  return ids && ids.length > 0 ? new Set(ids) : null;
}
