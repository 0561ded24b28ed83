// The coding panel open, if any: add or edit a source, read and code one, a statement form,
// the parties and issues, or the change history. Loaded on first use: none of it is in the
// first view's bundle.
import { selectDataset } from "../../state/librarySlice";
import { useParleyStore } from "../../state/store";
import { HistoryDialog } from "./HistoryDialog";
import { PartiesAndIssuesDialog } from "./PartiesAndIssuesDialog";
import { SourceDialog } from "./SourceDialog";
import { SourceReader } from "./SourceReader";
import { StatementForm } from "./StatementForm";
import "./Coding.css";

export default function CodingPanels() {
  const panel = useParleyStore((state) => state.codingPanel);
  const close = useParleyStore((state) => state.closeCodingPanel);
  const sources = useParleyStore((state) => selectDataset(state).sources);
  if (!panel) return null;
  switch (panel.kind) {
    case "add-source":
      return <SourceDialog onClose={close} />;
    case "edit-source": {
      const source = sources.find((candidate) => candidate.id === panel.sourceId);
      return source ? <SourceDialog key={source.id} source={source} onClose={close} /> : null;
    }
    case "read-source":
      return <SourceReader key={panel.sourceId} sourceId={panel.sourceId} onClose={close} />;
    case "statement":
      return <StatementForm target={panel.target} onClose={close} />;
    case "parties-and-issues":
      return <PartiesAndIssuesDialog onClose={close} />;
    case "history":
      return <HistoryDialog onClose={close} />;
  }
}
