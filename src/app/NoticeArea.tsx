// Notices about the link or the data (e.g. a parameter that was ignored), dismissible.
import { useShallow } from "zustand/react/shallow";
import { useParleyStore } from "../state/store";

export function NoticeArea() {
  const notices = useParleyStore(useShallow((state) => state.notices));
  const dismissNotice = useParleyStore((state) => state.dismissNotice);
  // The live region is always rendered: screen readers only announce changes to a region
  // that was already in the page.
  return (
    <div className="notices" role="status" aria-label="Notices">
      {notices.map((notice) => (
        <p key={notice.id} className={`notice notice-${notice.tone}`}>
          <span>{notice.text}</span>
          <button
            type="button"
            className="notice-dismiss"
            aria-label={`Dismiss notice: ${notice.text}`}
            onClick={() => dismissNotice(notice.id)}
          >
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
