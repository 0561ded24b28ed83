// What the views' edit buttons call. Light on purpose: the editing code (validator included)
// loads only when a change is actually made.
import type { Statement } from "../domain/schema";
import { useParleyStore } from "./store";

const { getState } = useParleyStore;

// An edit button outside Code mode (a drawer's Edit statement, a source card's Read and code)
// turns Code mode on: the editing panels live in the coding bar, which shows only then.
function openPanel(panel: Parameters<ReturnType<typeof getState>["openCodingPanel"]>[0]): void {
  getState().setCoding(true);
  getState().openCodingPanel(panel);
}

export function editStatement(statement: Statement): void {
  openPanel({
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
  openPanel({ kind: "read-source", sourceId });
}

export function editSource(sourceId: string): void {
  openPanel({ kind: "edit-source", sourceId });
}

export async function deleteStatement(statementId: string): Promise<void> {
  const { commitChange } = await import("./editActions");
  const outcome = await commitChange({ op: "remove", collection: "statements", id: statementId });
  if (!outcome.ok)
    getState().notify(`Statement ${statementId} was not deleted: ${outcome.message}`, "error");
}
