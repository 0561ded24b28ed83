// A button that shows and hides a panel (the WAI-ARIA disclosure pattern). As a popover it
// floats over the page and closes on Escape or a click elsewhere, like a menu.
import { type ReactNode, useEffect, useId, useLayoutEffect, useRef, useState } from "react";

interface DisclosureProps {
  // The button's text; also its accessible name.
  label: ReactNode;
  children: ReactNode;
  isPopover?: boolean;
  className?: string;
}

export function Disclosure({ label, children, isPopover = false, className }: DisclosureProps) {
  const [isOpen, setIsOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  // A popover hangs from its button's left edge unless that would run past the window's right
  // edge (a horizontal scrollbar at 1366 px); then it hangs from the button's right edge.
  const [isEndAligned, setEndAligned] = useState(false);

  useLayoutEffect(() => {
    if (!isPopover || !isOpen) return;
    const panel = panelRef.current?.firstElementChild;
    const button = buttonRef.current;
    if (!panel || !button) return;
    // Measured from the button, so the answer does not depend on the current alignment.
    const right = button.getBoundingClientRect().left + panel.getBoundingClientRect().width;
    setEndAligned(right > document.documentElement.clientWidth);
  }, [isPopover, isOpen]);

  useEffect(() => {
    if (!isPopover || !isOpen) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setIsOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setIsOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [isPopover, isOpen]);

  return (
    <div
      className={[isPopover && "popover", isEndAligned && "popover-end", className]
        .filter(Boolean)
        .join(" ")}
      ref={rootRef}
    >
      <button
        type="button"
        ref={buttonRef}
        className="disclosure-button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setIsOpen(!isOpen)}
      >
        {label}
        <span className="disclosure-mark" aria-hidden="true">
          {isOpen ? "▴" : "▾"}
        </span>
      </button>
      <div id={panelId} className="disclosure-panel" hidden={!isOpen} ref={panelRef}>
        {children}
      </div>
    </div>
  );
}
