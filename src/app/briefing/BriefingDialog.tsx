// The briefing as a page over the app: printable as it stands (Briefing.css hides the app
// and the toolbar in print, so "Save as PDF" gives a clean document), and downloadable as a
// Markdown file with footnoted citations.
import { useEffect, useId, useRef } from "react";
import { createPortal } from "react-dom";
import { briefingMarkdown } from "../../domain/briefing/briefingMarkdown";
import { useScope } from "../../state/useScope";
import { downloadText, exportFilename } from "../../ui/download";
import { BriefingPage } from "./BriefingPage";
import { useBriefing } from "./useBriefing";
import "./Briefing.css";

export default function BriefingDialog({ onClose }: { onClose(): void }) {
  const briefing = useBriefing();
  const { dataset } = useScope();
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The app under the sheet is out of reach while it is open: no focus, no screen reader.
    const app = document.getElementById("root");
    if (app) app.inert = true;
    headingRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") onClose();
    };
    document.addEventListener("keydown", onKey);
    return () => {
      if (app) app.inert = false;
      document.removeEventListener("keydown", onKey);
    };
  }, [onClose]);
  const downloadMarkdown = () =>
    downloadText(
      exportFilename(dataset.meta.id, "briefing", new Date(), "md"),
      briefingMarkdown(briefing),
      "text/markdown;charset=utf-8",
    );
  return createPortal(
    <div className="briefing-sheet" role="dialog" aria-modal="true" aria-labelledby={titleId}>
      <div className="briefing-toolbar">
        <button type="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <button type="button" onClick={downloadMarkdown}>
          Download Markdown
        </button>
        <button type="button" onClick={onClose}>
          Close briefing
        </button>
      </div>
      <BriefingPage briefing={briefing} titleId={titleId} headingRef={headingRef} />
    </div>,
    document.body,
  );
}
