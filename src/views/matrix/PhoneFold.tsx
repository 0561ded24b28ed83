// On a phone, the matrix's controls fold behind one button so the first screen shows the
// positions themselves; on wider screens they are always shown, with no button.
import { type ReactNode, useId, useState } from "react";
import { PHONE_QUERY, useMediaQuery } from "../../ui/useMediaQuery";

export function PhoneFold({ label, children }: { label: string; children: ReactNode }) {
  const isPhone = useMediaQuery(PHONE_QUERY);
  const [isOpen, setIsOpen] = useState(false);
  const panelId = useId();
  if (!isPhone) return <>{children}</>;
  return (
    <div className="phone-fold">
      <button
        type="button"
        className="disclosure-button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setIsOpen(!isOpen)}
      >
        {label}
        <span className="disclosure-mark" aria-hidden="true">
          {isOpen ? " ▴" : " ▾"}
        </span>
      </button>
      <div id={panelId} hidden={!isOpen}>
        {children}
      </div>
    </div>
  );
}
