// What a view calls to send the reader to one statement elsewhere in the app.
import { useParleyStore } from "./store";

const { getState } = useParleyStore;

// Opens the Statements view on the one statement: the shared filters are cleared (one of them
// could hide it) and the table's id filter set to the id. The id filter matches by "contains",
// so "s4" also keeps "s40"; the statement sought is always among the rows.
export function showStatementInTable(statementId: string): void {
  const state = getState();
  state.resetFilters();
  state.setColumnFilters({ "statement-id": statementId });
  state.setView("statements");
}

// Opens the Method view, where every issue's scale is drawn with its stances.
export function showScales(): void {
  getState().setView("method");
}
