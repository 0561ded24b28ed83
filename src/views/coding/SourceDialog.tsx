// "Add source" and "Edit source": an article's text (pasted, or read from a .txt, .md or .html
// file, HTML reduced to its text and never rendered), its outlet, headline, date, address and
// kind. An edit that changes the text re-places the quotes coded from it, and says first which
// ones the new text would leave unverified.
import { type FormEvent, useDeferredValue, useMemo, useState } from "react";
import { type Change, freeId } from "../../domain/edit/editDataset";
import { draftFromSource, type SourceDraft, sourceFromDraft } from "../../domain/edit/sourceDraft";
import { planSourceEdit } from "../../domain/edit/sourceEdit";
import { sourceUsage, usageRefusal } from "../../domain/edit/usage";
import type { Source } from "../../domain/schema";
import { sourceHeadline } from "../../domain/statementText";
import { commitChange } from "../../state/editActions";
import { selectDataset } from "../../state/librarySlice";
import { useParleyStore } from "../../state/store";
import { CodingDialog } from "./CodingDialog";
import { ProblemList } from "./ProblemList";
import { RemoveItem } from "./RemoveItem";
import { SourceFields } from "./SourceFields";
import { SourceQuoteNote } from "./SourceQuoteNote";
import { useEditOutcome } from "./useEditOutcome";

interface SourceDialogProps {
  source?: Source; // the source edited; none to add one
  onClose(): void;
}

export function SourceDialog({ source, onClose }: SourceDialogProps) {
  const dataset = useParleyStore(selectDataset);
  const [draft, setDraft] = useState(() => draftFromSource(source));
  // The source as the dialog opened on it, to refuse a save over a change made meanwhile.
  const [original] = useState(source);
  const update = (patch: Partial<SourceDraft>) => setDraft({ ...draft, ...patch });
  const outcome = useEditOutcome();
  // Typing in a long article stays quick: its quotes are looked for once the typing settles.
  const text = useDeferredValue(draft.text);
  // Only the text moves quotes, so the preview is the source as it is with the new text.
  const plan = useMemo(
    () => (source ? planSourceEdit(dataset, { ...source, text: text === "" ? null : text }) : null),
    [dataset, source, text],
  );

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const latest = selectDataset(useParleyStore.getState());
    const id = source?.id ?? freeId(latest.sources, "source");
    const next = sourceFromDraft(draft, id, source);
    const change: Change | undefined = source
      ? planSourceEdit(latest, next)?.change
      : { op: "add", collection: "sources", item: next };
    if (!change) return;
    const saved = await outcome.run(
      commitChange(change, original && { collection: "sources", item: original, noun: "source" }),
    );
    if (saved && !source)
      useParleyStore.getState().openCodingPanel({ kind: "read-source", sourceId: id });
    else if (saved) onClose();
  };

  return (
    <CodingDialog title={source ? "Edit source" : "Add source"} onClose={onClose}>
      <form className="coding-form" onSubmit={(event) => void save(event)}>
        <SourceFields draft={draft} update={update} />
        {source && <SourceQuoteNote plan={plan} hasText={text !== ""} />}
        <ProblemList outcome={outcome.result} />
        <div className="coding-actions">
          <button type="submit" className="button-primary" disabled={outcome.isBusy}>
            Save source
          </button>
          {source && (
            <RemoveItem
              label="Remove source"
              change={{ op: "remove", collection: "sources", id: source.id }}
              refusal={() =>
                usageRefusal(
                  "source",
                  sourceHeadline(source),
                  sourceUsage(selectDataset(useParleyStore.getState()), source.id),
                )
              }
              outcome={outcome}
              onRemoved={onClose}
            />
          )}
        </div>
      </form>
    </CodingDialog>
  );
}
