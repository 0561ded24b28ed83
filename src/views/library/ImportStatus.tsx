// What an import is doing, or how the last one ended, as a live region.
import { useParleyStore } from "../../state/store";

export function ImportStatus() {
  const status = useParleyStore((state) => state.importStatus);
  // Always rendered: screen readers announce changes only to a region already on the page.
  return (
    <p className="import-status" role="status" aria-label="Import progress">
      {status?.isBusy && <span className="import-spinner" aria-hidden="true" />}
      {status?.text}
    </p>
  );
}
