// Opens a native <dialog> as a modal for as long as its component is mounted, and reports how
// it closed. Shared by the drawer and the confirmation dialog.
import { type RefObject, useEffect, useRef } from "react";

interface ModalDialogOptions {
  // Called however the dialog closes, with the dialog's returnValue (a form button's value).
  onClose(returnValue: string): void;
  // Where focus goes after closing; the browser's own restore fails if that element re-rendered.
  returnFocusTo?: () => HTMLElement | null;
  // What gets focus on opening; else the browser's choice (the first focusable element).
  initialFocus?: RefObject<HTMLElement | null>;
}

export function useModalDialog(options: ModalDialogOptions): RefObject<HTMLDialogElement | null> {
  const dialogRef = useRef<HTMLDialogElement>(null);
  // The latest callbacks, read when the dialog closes: the effect runs once per mount.
  const optionsRef = useRef(options);
  optionsRef.current = options;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    optionsRef.current.initialFocus?.current?.focus();
    const onDialogClose = () => optionsRef.current.onClose(dialog.returnValue);
    dialog.addEventListener("close", onDialogClose);
    return () => {
      dialog.removeEventListener("close", onDialogClose);
      if (dialog.open) dialog.close();
      optionsRef.current.returnFocusTo?.()?.focus();
    };
  }, []);

  return dialogRef;
}
