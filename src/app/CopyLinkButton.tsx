// "Copy link": the address bar already carries every choice (urlState.ts), so the link is
// the page's own address; the button copies it and says so, or says how to copy it by hand.
import { useParleyStore } from "../state/store";

export function CopyLinkButton() {
  const notify = useParleyStore((state) => state.notify);
  const copy = async () => {
    const link = window.location.href;
    try {
      await navigator.clipboard.writeText(link);
      notify("Copied a link to this view: it opens with the same dataset, filters and choices.");
    } catch {
      // No clipboard (an insecure page, a refused permission): the address bar has the link.
      notify("Could not copy the link here; copy the address from the address bar.", "error");
    }
  };
  return (
    <button type="button" className="copy-link" onClick={() => void copy()}>
      Copy link
    </button>
  );
}
