// "Briefing": opens the briefing of the view as shown (src/app/briefing/). Its code loads on
// the first click, not with the first view.
import { lazy, Suspense, useEffect, useRef, useState } from "react";

const BriefingDialog = lazy(() => import("./briefing/BriefingDialog"));

export function BriefingButton() {
  const [isOpen, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // Focus returns once the sheet is gone: its cleanup makes the app reachable again first.
  useEffect(() => {
    if (wasOpen.current && !isOpen) buttonRef.current?.focus();
    wasOpen.current = isOpen;
  }, [isOpen]);
  return (
    <>
      <button type="button" ref={buttonRef} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Briefing
      </button>
      {isOpen && (
        <Suspense fallback={<p role="status">Preparing the briefing…</p>}>
          <BriefingDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
