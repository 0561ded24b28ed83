// Tells the other Parley tabs of this browser that the library changed, so each refreshes its
// list instead of acting on a stale copy. Sent only after the change has committed.
export type LibraryChange =
  | { type: "imported"; key: string }
  | { type: "removed"; key: string }
  | { type: "changed"; key: string }; // a new revision of the dataset (an edit or a replace)

const CHANNEL = "parley-library";

// One channel per page: BroadcastChannel delivers to every other instance, even in the same
// page, so sending and listening on one instance keeps a tab from hearing itself.
let channel: BroadcastChannel | null = null;

function theChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === "undefined") return null;
  channel ??= new BroadcastChannel(CHANNEL);
  return channel;
}

export function announceLibraryChange(change: LibraryChange): void {
  theChannel()?.postMessage(change);
}

// Calls `onChange` for each change another tab announces; returns the unsubscribe.
export function listenForLibraryChanges(onChange: (change: LibraryChange) => void): () => void {
  const target = theChannel();
  if (!target) return () => undefined;
  const onMessage = (event: MessageEvent<unknown>) => {
    const change = event.data as Partial<LibraryChange> | null;
    if (
      change &&
      typeof change.key === "string" &&
      (change.type === "imported" || change.type === "removed" || change.type === "changed")
    )
      onChange(change as LibraryChange);
  };
  target.addEventListener("message", onMessage);
  return () => target.removeEventListener("message", onMessage);
}
