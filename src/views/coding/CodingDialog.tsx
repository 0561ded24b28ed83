// The modal shell every coding panel shares: a native <dialog> (focus trapped, Escape closes,
// the page behind inert) with a title and a Close button. A panel holding unsaved entries
// asks before Escape or Close throws them away.
import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { useModalDialog } from "../../ui/useModalDialog";

interface CodingDialogProps {
  title: string;
  onClose(): void;
  // True while the panel holds entries that closing would lose.
  hasUnsavedEntries?: boolean;
  children: ReactNode;
}

export function CodingDialog({
  title,
  onClose,
  hasUnsavedEntries = false,
  children,
}: CodingDialogProps) {
  const titleId = useId();
  const dialogRef = useModalDialog({ onClose: () => onClose() });
  const [isAsking, setIsAsking] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const unsaved = useRef(hasUnsavedEntries);
  unsaved.current = hasUnsavedEntries;

  // Escape fires "cancel" before the dialog closes: held back while there is work to lose.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const onCancel = (event: Event) => {
      if (!unsaved.current) return;
      event.preventDefault();
      setIsAsking(true);
    };
    dialog.addEventListener("cancel", onCancel);
    return () => dialog.removeEventListener("cancel", onCancel);
  }, [dialogRef]);
  useEffect(() => {
    if (isAsking) keepRef.current?.focus();
  }, [isAsking]);

  const close = () => (unsaved.current ? setIsAsking(true) : dialogRef.current?.close());
  return (
    <dialog ref={dialogRef} className="drawer coding-dialog" aria-labelledby={titleId}>
      <div className="drawer-content">
        <div className="drawer-header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" onClick={close}>
            Close
          </button>
        </div>
        {isAsking && (
          <div className="coding-discard" role="alert">
            <p>Close and lose what you entered here? Nothing of it is saved yet.</p>
            <button type="button" ref={keepRef} onClick={() => setIsAsking(false)}>
              Keep editing
            </button>
            <button type="button" onClick={() => dialogRef.current?.close()}>
              Discard and close
            </button>
          </div>
        )}
        {children}
      </div>
    </dialog>
  );
}
