// A modal side panel (a full screen on phones) on the native <dialog>, which brings focus
// trapping, Escape and the top layer for free.
import { type ReactNode, useId } from "react";
import { useModalDialog } from "./useModalDialog";

interface DrawerProps {
  title: string;
  // Called however the drawer is closed (Escape, the Close button, a click on the backdrop).
  onClose(): void;
  // Where focus goes after closing; the browser's own restore fails if that element re-rendered.
  returnFocusTo?: () => HTMLElement | null;
  children: ReactNode;
}

export function Drawer({ title, onClose, returnFocusTo, children }: DrawerProps) {
  const titleId = useId();
  const dialogRef = useModalDialog({ onClose, returnFocusTo });

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard way out is Escape, which <dialog> handles itself.
    <dialog
      ref={dialogRef}
      className="drawer"
      aria-labelledby={titleId}
      onClick={(event) => {
        // A click on the ::backdrop lands on the dialog itself, not on its content.
        if (event.target === event.currentTarget) event.currentTarget.close();
      }}
    >
      <div className="drawer-content">
        <header className="drawer-header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" onClick={() => dialogRef.current?.close()}>
            Close
          </button>
        </header>
        {children}
      </div>
    </dialog>
  );
}
