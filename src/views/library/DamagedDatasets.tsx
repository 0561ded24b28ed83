// Stored records that could not be read, each with its reason, "Download raw content" (the
// stored text as it is, to mend by hand) and "Delete" (after a confirmation). Listed for as
// long as they are stored, so a damaged record is never hidden nor only a passing notice.

import { useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { reasonOf } from "../../domain/result";
import { deleteDamaged, readDamagedRaw } from "../../state/libraryCommands";
import type { DamagedEntry } from "../../state/librarySlice";
import { useParleyStore } from "../../state/store";
import { ConfirmDialog } from "../../ui/ConfirmDialog";
import { Disclosure } from "../../ui/Disclosure";
import { downloadText } from "../../ui/download";

export function DamagedDatasets() {
  const damaged = useParleyStore(useShallow((state) => state.damaged));
  if (damaged.length === 0) return null;
  return (
    <Disclosure className="damaged-datasets" label={`Damaged datasets (${damaged.length})`}>
      <ul className="damaged-list">
        {damaged.map((entry) => (
          <DamagedItem key={String(entry.storageKey)} entry={entry} />
        ))}
      </ul>
    </Disclosure>
  );
}

function DamagedItem({ entry }: { entry: DamagedEntry }) {
  const [isConfirming, setIsConfirming] = useState(false);
  const notify = useParleyStore((state) => state.notify);
  const download = async () => {
    try {
      const name = `${String(entry.storageKey).replace(/[^\w.-]+/g, "_") || "dataset"}-raw.json`;
      const raw = await readDamagedRaw(entry);
      if (raw !== null) downloadText(name, raw, "application/json");
    } catch (error) {
      notify(`${entry.label} could not be read (${reasonOf(error)}).`, "error");
    }
  };
  return (
    <li>
      <p>
        <strong>{entry.label}</strong>: {entry.reason}.
      </p>
      <div className="damaged-actions">
        <button type="button" onClick={() => void download()}>
          Download raw content of {entry.label}
        </button>
        <button type="button" className="button-danger" onClick={() => setIsConfirming(true)}>
          Delete {entry.label}
        </button>
      </div>
      {isConfirming && (
        <ConfirmDialog
          title={`Delete the damaged dataset ${entry.label}?`}
          confirmLabel="Delete"
          onConfirm={() => void deleteDamaged(entry)}
          onClose={() => setIsConfirming(false)}
        >
          <p>
            It is deleted from this browser for good. Download its raw content first if you may want
            to mend it.
          </p>
        </ConfirmDialog>
      )}
    </li>
  );
}
