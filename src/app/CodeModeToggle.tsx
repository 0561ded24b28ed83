// "Code": shows or hides the editing tools. Readers come first (issue 21): the tools for
// coding are one click away, kept in the link (`code=1`), not in every reader's way.
import { useParleyStore } from "../state/store";

export function CodeModeToggle() {
  const isCoding = useParleyStore((state) => state.isCoding);
  const setCoding = useParleyStore((state) => state.setCoding);
  return (
    <button
      type="button"
      className="code-mode-toggle"
      aria-pressed={isCoding}
      onClick={() => setCoding(!isCoding)}
    >
      Code
    </button>
  );
}
