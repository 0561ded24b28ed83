// The iframe code of the view as shown, to paste into an article or a page. Since a browser
// partitions an iframe's storage, an embed shows only the datasets published with the site
// (the built-in one and public/data/catalog.json's), never one imported here: the dialog says
// so when the dataset shown is not published.
import { useId, useRef, useState } from "react";
import { DEFAULT_DATASET_KEY } from "../data/defaultDataset";
import { readPublishedKey } from "../domain/catalog";
import { embedCode } from "../state/embedCode";
import { selectDataset } from "../state/librarySlice";
import { useParleyStore } from "../state/store";
import { useModalDialog } from "../ui/useModalDialog";

interface EmbedDialogProps {
  viewLabel: string;
  onClose(): void;
  returnFocusTo(): HTMLElement | null;
}

export default function EmbedDialog({ viewLabel, onClose, returnFocusTo }: EmbedDialogProps) {
  const dataset = useParleyStore(selectDataset);
  const datasetKey = useParleyStore((state) => state.datasetKey);
  const isPublished = datasetKey === DEFAULT_DATASET_KEY || readPublishedKey(datasetKey) !== null;
  const titleId = useId();
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const dialogRef = useModalDialog({ onClose, returnFocusTo, initialFocus: codeRef });
  const code = embedCode(window.location.href, `${dataset.meta.title}: ${viewLabel} (Parley)`);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied("Copied the code.");
    } catch {
      codeRef.current?.select();
      setCopied("Could not copy here: the code is selected, copy it by hand.");
    }
  };
  return (
    <dialog ref={dialogRef} className="confirm-dialog" aria-labelledby={titleId}>
      <form method="dialog">
        <h2 id={titleId}>Embed this view</h2>
        <p>
          Paste this code into a page to show the {viewLabel.toLowerCase()} as it is now, with its
          caption, source and a link back here.
        </p>
        {!isPublished && (
          <p role="note">
            This dataset is kept only in this browser: an embed elsewhere cannot open it. Publish it
            with the site first (see the README).
          </p>
        )}
        <label className="field">
          Embed code
          <textarea ref={codeRef} readOnly rows={4} value={code} />
        </label>
        <p role="status">{copied}</p>
        <div className="confirm-actions">
          <button type="button" onClick={() => void copy()}>
            Copy code
          </button>
          <button type="submit" value="close">
            Close
          </button>
        </div>
      </form>
    </dialog>
  );
}
