// Taking in the change history read from storage with a dataset. Loaded with the dataset, so
// none of it is in the first view's bundle.
import { EMPTY_HISTORY } from "../domain/edit/editHistory";
import type { RecordWithHistory } from "../storage/datasetLibrary";
import { useParleyStore } from "./store";

const { getState, setState } = useParleyStore;

// The stored history replaces any this page held for `key`: storage is the truth, as for the
// dataset. A damaged one counts as none, with a notice, and the dataset opens all the same.
export function keepStoredHistory(
  key: string,
  title: string,
  stored: Pick<RecordWithHistory, "history" | "revision">,
): void {
  const { history } = stored;
  const editHistories = new Map(getState().editHistories);
  editHistories.delete(key);
  if (history.kind === "read")
    editHistories.set(key, { history: history.history, revision: history.revision });
  if (history.kind === "damaged") {
    editHistories.set(key, {
      history: EMPTY_HISTORY,
      revision: stored.revision ?? "",
      damage: history.reason,
    });
    getState().notify(
      `The change history of “${title}” could not be read (${history.reason}); the dataset opened without it.`,
      "error",
    );
  }
  setState({ editHistories });
}
