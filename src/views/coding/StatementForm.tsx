// "New statement" / "Edit statement": every field of a statement, the quote checked against
// its article's text before the validator sees it, saved as one change.
import { type FormEvent, useState } from "react";
import { freeId } from "../../domain/edit/editDataset";
import {
  draftFromStatement,
  type StatementDraft,
  statementFromDraft,
} from "../../domain/edit/statementDraft";
import { commitChange } from "../../state/editActions";
import type { StatementDraftTarget } from "../../state/editSlice";
import { selectDataset } from "../../state/librarySlice";
import { useParleyStore } from "../../state/store";
import { CodingDialog } from "./CodingDialog";
import { Field } from "./Field";
import { IssueFields } from "./IssueFields";
import { initialDraft } from "./initialDraft";
import { ProblemList } from "./ProblemList";
import { ProposalEvidence } from "./ProposalEvidence";
import { useEditOutcome } from "./useEditOutcome";
import { WhenFields } from "./WhenFields";
import { WhoFields } from "./WhoFields";

interface StatementFormProps {
  target: StatementDraftTarget;
  onClose(): void;
}

export function StatementForm({ target, onClose }: StatementFormProps) {
  const dataset = useParleyStore(selectDataset);
  const source = dataset.sources.find((candidate) => candidate.id === target.sourceId);
  const editing = dataset.statements.find((candidate) => candidate.id === target.statementId);
  const [start] = useState(() => {
    if (editing) return { draft: draftFromStatement(editing), proposal: null };
    return source ? initialDraft(dataset, source, target) : null;
  });
  const [draft, setDraft] = useState<StatementDraft | null>(start?.draft ?? null);
  // The statement as the form opened on it, to refuse a save over a change made meanwhile.
  const [original] = useState(editing);
  const [refusal, setRefusal] = useState("");
  const outcome = useEditOutcome();
  if (!source || !draft) return null;
  const update = (patch: Partial<StatementDraft>) => setDraft({ ...draft, ...patch });
  // A new statement was begun in the article's reader: closing the form goes back to it.
  const closeForm = () =>
    !original && source.text
      ? useParleyStore.getState().openCodingPanel({ kind: "read-source", sourceId: source.id })
      : onClose();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const id = editing?.id ?? freeId(selectDataset(useParleyStore.getState()).statements, "s");
    // A new quote is kept where the coder picked it, not at its first occurrence.
    const picked = { start: target.quoteStart, end: target.quoteEnd };
    const built = statementFromDraft(draft, id, source, editing, picked);
    if (!built.ok) {
      setRefusal(built.reason);
      return;
    }
    setRefusal("");
    const op = editing ? "replace" : "add";
    const saved = await outcome.run(
      commitChange(
        { op, collection: "statements", item: built.statement },
        original && { collection: "statements", item: original, noun: "statement" },
      ),
    );
    if (saved && !editing && source.text)
      useParleyStore.getState().openCodingPanel({ kind: "read-source", sourceId: source.id });
    else if (saved) onClose();
  };

  return (
    <CodingDialog
      title={editing ? "Edit statement" : "New statement"}
      onClose={closeForm}
      hasUnsavedEntries={JSON.stringify(draft) !== JSON.stringify(start?.draft)}
    >
      <form className="coding-form" onSubmit={(event) => void save(event)}>
        <Field label="Quote" className="field-wide">
          <textarea
            rows={3}
            value={draft.quote}
            onChange={(event) => update({ quote: event.target.value })}
          />
        </Field>
        <Field label="Quote kind">
          <select
            value={draft.quoteKind}
            onChange={(event) =>
              update({ quoteKind: event.target.value as StatementDraft["quoteKind"] })
            }
          >
            <option value="direct">Direct (verbatim)</option>
            <option value="reported">Reported speech</option>
          </select>
        </Field>
        {start?.proposal && <ProposalEvidence proposal={start.proposal} />}
        <WhoFields draft={draft} update={update} source={source} target={target} />
        <IssueFields draft={draft} update={update} />
        <WhenFields
          draft={draft}
          update={update}
          proposal={start?.proposal ?? null}
          published={source.published}
          isNew={!original}
        />
        <Field label="Summary" className="field-wide">
          <textarea
            required
            rows={2}
            value={draft.summary}
            onChange={(event) => update({ summary: event.target.value })}
          />
        </Field>
        <Field label="Conditions" className="field-wide">
          <textarea
            rows={2}
            value={draft.conditions}
            onChange={(event) => update({ conditions: event.target.value })}
          />
        </Field>
        {refusal && (
          <p className="coding-problems" role="alert">
            {refusal}
          </p>
        )}
        <ProblemList outcome={outcome.result} />
        <button type="submit" className="button-primary" disabled={outcome.isBusy}>
          Save statement
        </button>
      </form>
    </CodingDialog>
  );
}
