// Which statements each source supports.
import type { Statement } from "./schema";
import { indexStatements } from "./statementIndex";

const NO_STATEMENTS: readonly Statement[] = [];

// Returns sourceId → its statements in date order. Not memoised: the scope keeps it.
export function statementsBySource(source: {
  readonly statements: readonly Statement[];
}): ReadonlyMap<string, readonly Statement[]> {
  const bySource = new Map<string, Statement[]>();
  for (const statement of indexStatements(source).byDate) {
    const list = bySource.get(statement.sourceId);
    if (list) list.push(statement);
    else bySource.set(statement.sourceId, [statement]);
  }
  return bySource;
}

// Returns the source's statements in date order (empty if it supports none).
export function sourceStatements(
  source: { readonly statements: readonly Statement[] },
  sourceId: string,
): readonly Statement[] {
  return statementsBySource(source).get(sourceId) ?? NO_STATEMENTS;
}
