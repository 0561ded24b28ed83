// "Embed": opens the dialog with the iframe code of the view as shown (EmbedDialog), loaded on
// the first click.
import { lazy, Suspense, useRef, useState } from "react";

const EmbedDialog = lazy(() => import("./EmbedDialog"));

export function EmbedButton({ viewLabel }: { viewLabel: string }) {
  const [isOpen, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button type="button" ref={buttonRef} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Embed
      </button>
      {isOpen && (
        <Suspense fallback={null}>
          <EmbedDialog
            viewLabel={viewLabel}
            onClose={() => setOpen(false)}
            returnFocusTo={() => buttonRef.current}
          />
        </Suspense>
      )}
    </>
  );
}
