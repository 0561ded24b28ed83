// "Remove dataset" for an imported dataset, after a confirmation. The built-in one stays.
import { useRef, useState } from "react";
import { removeImportedDataset } from "../../state/libraryCommands";
import { useParleyStore } from "../../state/store";
import { ConfirmDialog } from "../../ui/ConfirmDialog";

// `focusAfterRemoving` is where focus goes once this button is gone with its dataset.
export function RemoveDataset({
  focusAfterRemoving,
}: {
  focusAfterRemoving(): HTMLElement | null;
}) {
  const entry = useParleyStore((state) =>
    state.library.find((candidate) => candidate.key === state.datasetKey),
  );
  const [isConfirming, setIsConfirming] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const isRemoved = useRef(false);
  if (!entry) return null;
  return (
    <>
      <button
        type="button"
        ref={buttonRef}
        onClick={() => {
          isRemoved.current = false;
          setIsConfirming(true);
        }}
      >
        Remove dataset
      </button>
      {isConfirming && (
        <ConfirmDialog
          title={`Remove “${entry.title}”?`}
          confirmLabel="Remove"
          onConfirm={() => {
            isRemoved.current = true;
            void removeImportedDataset(entry.key);
          }}
          onClose={() => setIsConfirming(false)}
          returnFocusTo={() => (isRemoved.current ? focusAfterRemoving() : buttonRef.current)}
        >
          <p>
            It is deleted from this browser ({entry.fileName}, {entry.statementCount} statements).
            The file itself is not touched; open it again to bring the dataset back.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
