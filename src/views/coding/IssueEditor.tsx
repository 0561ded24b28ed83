// One issue's name, description and stances (renamed, added, removed), saved as one change;
// or the issue removed, if no statement is on it or tied to it.
import { type FormEvent, useState } from "react";
import { issueUsage, usageRefusal } from "../../domain/edit/usage";
import type { Issue } from "../../domain/schema";
import { commitChange } from "../../state/editActions";
import { selectDataset } from "../../state/librarySlice";
import { useParleyStore } from "../../state/store";
import { Field } from "./Field";
import { ProblemList } from "./ProblemList";
import { RemoveItem } from "./RemoveItem";
import { StanceFields } from "./StanceFields";
import { useEditOutcome } from "./useEditOutcome";
import { useFocusOnMount } from "./useFocusOnMount";

interface IssueEditorProps {
  issue: Issue;
  onDone(isRemoved: boolean): void;
}

// Text is trimmed, not checked: the validator says what an issue needs.
function trimmed(issue: Issue): Issue {
  return {
    ...issue,
    name: issue.name.trim(),
    description: issue.description.trim(),
    stances: issue.stances.map((stance) => ({ ...stance, label: stance.label.trim() })),
  };
}

export function IssueEditor({ issue, onDone }: IssueEditorProps) {
  const [draft, setDraft] = useState(issue);
  // The issue as the editor opened on it, to refuse a save over a change made meanwhile.
  const [original] = useState(issue);
  const outcome = useEditOutcome();
  const nameRef = useFocusOnMount<HTMLInputElement>();
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const next = trimmed(draft);
    // Nothing changed: nothing to save, and no empty step in the history.
    if (JSON.stringify(next) === JSON.stringify(original)) return onDone(false);
    const change = { op: "replace", collection: "issues", item: next } as const;
    const basedOn = { collection: "issues", item: original, noun: "issue" } as const;
    if (await outcome.run(commitChange(change, basedOn))) onDone(false);
  };
  return (
    <form
      className="coding-form vocabulary-editor"
      aria-label={`Edit issue ${issue.name}`}
      onSubmit={(event) => void save(event)}
    >
      <Field label="Issue name">
        <input
          ref={nameRef}
          value={draft.name}
          onChange={(event) => setDraft({ ...draft, name: event.target.value })}
        />
      </Field>
      <Field label="Description" className="field-wide">
        <textarea
          rows={2}
          value={draft.description}
          onChange={(event) => setDraft({ ...draft, description: event.target.value })}
        />
      </Field>
      <StanceFields
        issue={issue}
        draft={draft}
        onStances={(stances) => setDraft({ ...draft, stances })}
      />
      <ProblemList outcome={outcome.result} />
      <div className="coding-actions">
        <button type="submit" className="button-primary" disabled={outcome.isBusy}>
          Save issue
        </button>
        <button type="button" onClick={() => onDone(false)}>
          Cancel
        </button>
        <RemoveItem
          label="Remove issue"
          change={{ op: "remove", collection: "issues", id: issue.id }}
          refusal={() =>
            usageRefusal(
              "issue",
              issue.name,
              issueUsage(selectDataset(useParleyStore.getState()), issue.id),
            )
          }
          outcome={outcome}
          onRemoved={() => onDone(true)}
        />
      </div>
    </form>
  );
}
