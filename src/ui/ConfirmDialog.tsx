// A yes-or-no question in a native modal <dialog>: the browser traps focus, Escape closes it
// (counting as "no") and the page behind is inert. Focus starts on the safe answer.
import { type ReactNode, useId, useRef } from "react";
import { useModalDialog } from "./useModalDialog";

interface ConfirmDialogProps {
  title: string;
  confirmLabel: string;
  onConfirm(): void;
  // Called however the dialog closes, after onConfirm when confirmed.
  onClose(): void;
  // Where focus goes after closing; the browser's own restore fails if that element re-rendered.
  returnFocusTo?: () => HTMLElement | null;
  children: ReactNode;
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const { title, confirmLabel, children } = props;
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const dialogRef = useModalDialog({
    onClose(returnValue) {
      if (returnValue === "confirm") props.onConfirm();
      props.onClose();
    },
    returnFocusTo: props.returnFocusTo,
    initialFocus: cancelRef,
  });

  return (
    <dialog ref={dialogRef} className="confirm-dialog" aria-labelledby={titleId}>
      <form method="dialog">
        <h2 id={titleId}>{title}</h2>
        {children}
        <div className="confirm-actions">
          <button type="submit" value="cancel" ref={cancelRef}>
            Cancel
          </button>
          <button type="submit" value="confirm" className="button-danger">
            {confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
