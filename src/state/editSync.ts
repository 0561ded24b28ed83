// Telling other tabs about an edit, and taking in theirs: each saved edit is announced on a
// BroadcastChannel; a tab that hears of one reads that dataset back from IndexedDB (the one
// place of truth) and shows it, saying so, so no tab goes on editing a version that is gone.
import { type EditHistory, EMPTY_HISTORY } from "../domain/edit/editHistory";
import { readRevision } from "../storage/datasetRevisions";
import { readStoredRecord } from "../storage/storedRecord";
import { useParleyStore } from "./store";

const { getState, setState } = useParleyStore;
const CHANNEL = "parley-edits";

interface EditNotice {
  key: string;
  revision: number;
  label: string;
}

let channel: BroadcastChannel | null = null;

function openChannel(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === "undefined") return channel;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<EditNotice>) => void takeInEdit(event.data);
  return channel;
}

// Starts listening; called once the page has loaded its library.
export function listenForEdits(): void {
  openChannel();
}

export function announceEdit(key: string, revision: number, label: string): void {
  openChannel()?.postMessage({ key, revision, label } satisfies EditNotice);
}

function parseHistory(json: string | null): EditHistory {
  if (!json) return EMPTY_HISTORY;
  try {
    const parsed = JSON.parse(json) as EditHistory;
    return Array.isArray(parsed.entries) && typeof parsed.position === "number"
      ? parsed
      : EMPTY_HISTORY;
  } catch {
    return EMPTY_HISTORY;
  }
}

export async function storedEditState(
  key: string,
): Promise<{ revision: number; history: EditHistory } | null> {
  const stored = await readRevision(key);
  return stored && { revision: stored.revision, history: parseHistory(stored.editHistory) };
}

// Reads `key` back from storage and shows what is there; returns false if it cannot be read.
export async function refreshFromStorage(key: string): Promise<boolean> {
  const stored = await readRevision(key);
  if (!stored) return false;
  const read = readStoredRecord(stored.record);
  if (typeof read === "string") return false;
  const history = parseHistory(stored.editHistory);
  setState((state) => {
    const isListed = state.library.some((entry) => entry.key === key);
    const entry = { ...read, isKept: true };
    return {
      library: isListed
        ? state.library.map((kept) => (kept.key === key ? entry : kept))
        : [...state.library, entry],
      revisions: { ...state.revisions, [key]: stored.revision },
      editHistories: { ...state.editHistories, [key]: history },
      ...(state.datasetKey === key ? { dataset: read.dataset } : {}),
    };
  });
  return true;
}

async function takeInEdit(notice: EditNotice): Promise<void> {
  if (typeof notice?.key !== "string") return;
  if ((getState().revisions[notice.key] ?? -1) >= notice.revision) return;
  const isShown = getState().datasetKey === notice.key;
  if (!(await refreshFromStorage(notice.key))) return;
  if (isShown)
    getState().notify(
      `This dataset was changed in another tab (${notice.label}); its latest version is shown.`,
    );
}
