// What the views' edit buttons call. Light on purpose: the editing code (validator included)
// loads only when a change is actually made.
import type { Statement } from "../domain/schema";
import { useParleyStore } from "./store";

const { getState } = useParleyStore;

export function editStatement(statement: Statement): void {
  getState().openCodingPanel({
    kind: "statement",
    target: {
      sourceId: statement.sourceId,
      statementId: statement.id,
      quote: statement.quote,
      quoteStart: statement.quoteStart,
      quoteEnd: statement.quoteEnd,
    },
  });
}

export function readSource(sourceId: string): void {
  getState().openCodingPanel({ kind: "read-source", sourceId });
}

export function editSource(sourceId: string): void {
  getState().openCodingPanel({ kind: "edit-source", sourceId });
}

export async function deleteStatement(statementId: string): Promise<void> {
  const { commitChange } = await import("./editActions");
  const outcome = await commitChange({ op: "remove", collection: "statements", id: statementId });
  if (!outcome.ok)
    getState().notify(`Statement ${statementId} was not deleted: ${outcome.message}`, "error");
}
