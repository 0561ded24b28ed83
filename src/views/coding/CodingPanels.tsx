// The coding panel open, if any: add a source, read and code one, a statement form, or the
// change history. Loaded on first use: none of it is in the first view's bundle.
import { useParleyStore } from "../../state/store";
import { AddSourceDialog } from "./AddSourceDialog";
import { HistoryDialog } from "./HistoryDialog";
import { SourceReader } from "./SourceReader";
import { StatementForm } from "./StatementForm";
import "./Coding.css";

export default function CodingPanels() {
  const panel = useParleyStore((state) => state.codingPanel);
  const close = useParleyStore((state) => state.closeCodingPanel);
  if (!panel) return null;
  switch (panel.kind) {
    case "add-source":
      return <AddSourceDialog onClose={close} />;
    case "read-source":
      return <SourceReader key={panel.sourceId} sourceId={panel.sourceId} onClose={close} />;
    case "statement":
      return <StatementForm target={panel.target} onClose={close} />;
    case "history":
      return <HistoryDialog onClose={close} />;
  }
}
