// The modal shell every coding panel shares: a native <dialog> (focus trapped, Escape closes,
// the page behind inert) with a title and a Close button.
import { type ReactNode, useId } from "react";
import { useModalDialog } from "../../ui/useModalDialog";

interface CodingDialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
}

export function CodingDialog({ title, onClose, children }: CodingDialogProps) {
  const titleId = useId();
  const dialogRef = useModalDialog({ onClose: () => onClose() });
  return (
    <dialog ref={dialogRef} className="drawer coding-dialog" aria-labelledby={titleId}>
      <div className="drawer-content">
        <div className="drawer-header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" onClick={() => dialogRef.current?.close()}>
            Close
          </button>
        </div>
        {children}
      </div>
    </dialog>
  );
}
