// What the change history dialog lists and why a history cannot be undone. Apart from
// editSlice so the sentences load with the dialog, not with the first view.
import { type EditHistory, EMPTY_HISTORY } from "../domain/edit/editHistory";
import type { EditSlice } from "./editSlice";
import type { LibrarySlice } from "./librarySlice";

// The changes to list for `key`, whether or not they can still be undone (historyNoteFor
// says when not).
export function listedHistoryFor(
  state: Pick<EditSlice, "editHistories">,
  key: string,
): EditHistory {
  return state.editHistories.get(key)?.history ?? EMPTY_HISTORY;
}

// Why the history of `key` is empty or cannot be undone, or null when it can.
export function historyNoteFor(
  state: Pick<EditSlice, "editHistories"> & Pick<LibrarySlice, "library">,
  key: string,
): string | null {
  const kept = state.editHistories.get(key);
  if (!kept) return null;
  if (kept.damage)
    return `The change history kept for this dataset could not be read (${kept.damage}), so it starts again from here. The dataset itself is as it was last saved.`;
  const entry = state.library.find((candidate) => candidate.key === key);
  if (kept.history.entries.length === 0 || entry?.revision === kept.revision) return null;
  if (entry?.status !== "kept")
    return "This dataset is not kept in this browser now, so these changes cannot be undone here.";
  return "These changes were made to an earlier version of this dataset, which has since been replaced (by an import, a restore or another tab), so they cannot be undone on it. The next change starts a new history.";
}
