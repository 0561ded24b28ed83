// A source's text to read and code: select a passage and press "Quote selection", or find
// words with "Find in text" and pick a match. Either opens a new statement with that quote and
// its place in the text, so the quote is verbatim by construction.
import { useEffect, useRef, useState } from "react";
import type { Proposal } from "../../domain/propose/proposeStatements";
import type { Dataset, Source } from "../../domain/schema";
import { sourceHeadline } from "../../domain/statementText";
import { selectDataset } from "../../state/librarySlice";
import { useParleyStore } from "../../state/store";
import { CodingDialog } from "./CodingDialog";
import { FindInText } from "./FindInText";
import { ProposalList } from "./ProposalList";
import { SourceStatements } from "./SourceStatements";
import { useArticleProposals } from "./useArticleProposals";
import { useCodedHighlight } from "./useCodedHighlight";

interface SourceReaderProps {
  sourceId: string;
  onClose(): void;
}

interface Passage {
  start: number;
  end: number;
}

// The selected passage, if the selection lies inside `textNode`.
function selectedPassage(textNode: Node | null): Passage | null {
  const selection = window.getSelection();
  if (!textNode || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  if (selection.anchorNode !== textNode || selection.focusNode !== textNode) return null;
  const start = Math.min(selection.anchorOffset, selection.focusOffset);
  const end = Math.max(selection.anchorOffset, selection.focusOffset);
  return end > start ? { start, end } : null;
}

export function SourceReader({ sourceId, onClose }: SourceReaderProps) {
  const dataset = useParleyStore(selectDataset);
  const source = dataset.sources.find((candidate) => candidate.id === sourceId);
  if (!source) return null;
  return <SourceReaderPanel source={source} dataset={dataset} onClose={onClose} />;
}

interface SourceReaderPanelProps {
  source: Source;
  dataset: Dataset;
  onClose(): void;
}

function SourceReaderPanel({ source, dataset, onClose }: SourceReaderPanelProps) {
  const sourceId = source.id;
  const openPanel = useParleyStore((state) => state.openCodingPanel);
  const textRef = useRef<HTMLElement>(null);
  const [passage, setPassage] = useState<Passage | null>(null);
  const article = useArticleProposals(source, dataset);
  useCodedHighlight(textRef, article.coded);

  // Kept as the selection changes: pressing the button must not depend on the selection
  // surviving the click.
  useEffect(() => {
    const onChange = () => {
      const found = selectedPassage(textRef.current?.firstChild ?? null);
      if (found) setPassage(found);
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, []);

  const text = source.text ?? "";
  const quote = (at: Passage) =>
    openPanel({
      kind: "statement",
      target: {
        sourceId,
        statementId: null,
        quote: text.slice(at.start, at.end).trim() === "" ? null : text.slice(at.start, at.end),
        quoteStart: at.start,
        quoteEnd: at.end,
      },
    });

  const edit = (statementId: string) =>
    openPanel({ kind: "statement", target: { sourceId, statementId, quote: null } });

  return (
    <CodingDialog title={`Code “${sourceHeadline(source)}”`} onClose={onClose}>
      <p className="source-outlet">{source.outlet}</p>
      {text === "" ? (
        <p className="hint">
          This source has no text kept with it, so there is nothing to quote from.
        </p>
      ) : (
        <>
          <div className="coding-actions">
            <button type="button" disabled={!passage} onClick={() => passage && quote(passage)}>
              Quote selection
            </button>
            {passage && (
              <span className="hint">
                Selected: “{text.slice(passage.start, Math.min(passage.end, passage.start + 60))}
                {passage.end - passage.start > 60 ? "…" : ""}”
              </span>
            )}
          </div>
          <FindInText text={text} onPick={quote} />
          <div className="reader-columns">
            {/* One text node, so a selection's offsets are offsets into the source's text. */}
            <section ref={textRef} className="article-text" aria-label="Article text">
              {text}
            </section>
            <div className="reader-side">
              <ProposalList
                {...article}
                dataset={dataset}
                onCode={(proposal: Proposal) => quote(proposal)}
                onEdit={edit}
              />
              <SourceStatements sourceId={sourceId} dataset={dataset} onEdit={edit} />
            </div>
          </div>
        </>
      )}
    </CodingDialog>
  );
}
