// A modal side panel (a full screen on phones) on the native <dialog>, which brings focus
// trapping, Escape and the top layer for free.
import { type ReactNode, useEffect, useId, useRef } from "react";

interface DrawerProps {
  title: string;
  // Called however the drawer is closed (Escape, the Close button, a click on the backdrop).
  onClose(): void;
  // Where focus goes after closing; the browser's own restore fails if that element re-rendered.
  returnFocusTo?: () => HTMLElement | null;
  children: ReactNode;
}

export function Drawer({ title, onClose, returnFocusTo, children }: DrawerProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  const returnFocusRef = useRef(returnFocusTo);
  returnFocusRef.current = returnFocusTo;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const onDialogClose = () => onCloseRef.current();
    dialog.addEventListener("close", onDialogClose);
    return () => {
      dialog.removeEventListener("close", onDialogClose);
      if (dialog.open) dialog.close();
      returnFocusRef.current?.()?.focus();
    };
  }, []);

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
