// The change history of the dataset shown: what changed and when, newest first, each with
// "Revert to this point". Changes reverted over stay listed (to redo) until a new change.
// A history kept for an earlier version of the dataset is listed without the buttons, and
// says why; so does one that could not be read.
import { MAX_HISTORY_ENTRIES } from "../../domain/edit/editHistory";
import { revertTo } from "../../state/editActions";
import { historyFor } from "../../state/editSlice";
import { historyNoteFor, listedHistoryFor } from "../../state/historyNotes";
import { useParleyStore } from "../../state/store";
import { CodingDialog } from "./CodingDialog";

const TIME = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium" });

export function HistoryDialog({ onClose }: { onClose(): void }) {
  const history = useParleyStore((state) => listedHistoryFor(state, state.datasetKey));
  const isUndoable = useParleyStore(
    (state) => historyFor(state, state.datasetKey).entries.length > 0,
  );
  const note = useParleyStore((state) => historyNoteFor(state, state.datasetKey));
  const isSaving = useParleyStore((state) => state.isSaving);
  const rows = history.entries.map((entry, index) => ({ entry, position: index + 1 })).reverse();
  const canRevert = (position: number) => isUndoable && position !== history.position;
  return (
    <CodingDialog title="Change history" onClose={onClose}>
      {note && (
        <p className="hint" role="note">
          {note}
        </p>
      )}
      {history.entries.length === MAX_HISTORY_ENTRIES && (
        <p className="hint">Only the latest {MAX_HISTORY_ENTRIES} changes are kept.</p>
      )}
      {rows.length === 0 ? (
        <p className="hint">No changes to this dataset yet.</p>
      ) : (
        <ol className="change-history" reversed>
          {rows.map(({ entry, position }) => (
            <li
              key={`${position}-${entry.at}`}
              className={position > history.position ? "change-undone" : undefined}
            >
              <span>
                {entry.label} · <time dateTime={entry.at}>{TIME.format(new Date(entry.at))}</time>
                {position > history.position && " (undone)"}
                {position === history.position && " (current)"}
              </span>
              {canRevert(position) && (
                <button type="button" disabled={isSaving} onClick={() => void revertTo(position)}>
                  Revert to this point
                </button>
              )}
            </li>
          ))}
          <li>
            <span>Before the first change</span>
            {canRevert(0) && (
              <button type="button" disabled={isSaving} onClick={() => void revertTo(0)}>
                Revert to this point
              </button>
            )}
          </li>
        </ol>
      )}
    </CodingDialog>
  );
}
