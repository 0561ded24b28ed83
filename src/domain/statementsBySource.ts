// Which statements each source supports.
import type { Dataset, Statement } from "./schema";
import { indexStatements } from "./statementIndex";

const NO_STATEMENTS: readonly Statement[] = [];
const bySourceCache = new WeakMap<Dataset, ReadonlyMap<string, readonly Statement[]>>();

// Returns sourceId → its statements in date order; memoised per dataset.
export function statementsBySource(dataset: Dataset): ReadonlyMap<string, readonly Statement[]> {
  const cached = bySourceCache.get(dataset);
  if (cached) return cached;
  const bySource = new Map<string, Statement[]>();
  for (const statement of indexStatements(dataset).byDate) {
    const list = bySource.get(statement.sourceId);
    if (list) list.push(statement);
    else bySource.set(statement.sourceId, [statement]);
  }
  bySourceCache.set(dataset, bySource);
  return bySource;
}

// Returns the source's statements in date order (empty if it supports none).
export function sourceStatements(dataset: Dataset, sourceId: string): readonly Statement[] {
  return statementsBySource(dataset).get(sourceId) ?? NO_STATEMENTS;
}
