// "Add party" and the like inside the statement form: a button that opens a few fields and a
// save button, saved as its own change (a form cannot hold another form).
import { type KeyboardEvent, type ReactNode, useState } from "react";
import type { EditOutcome } from "../../state/editActions";
import { ProblemList } from "./ProblemList";
import { useEditOutcome } from "./useEditOutcome";

interface AddInlineProps {
  noun: string; // "party"
  // Renders the fields; `onEnter` saves from a field without submitting the outer form.
  children(onEnter: (event: KeyboardEvent) => void): ReactNode;
  onSave(): Promise<EditOutcome> | null; // null: nothing to save yet
}

export function AddInline({ noun, children, onSave }: AddInlineProps) {
  const [isOpen, setIsOpen] = useState(false);
  const outcome = useEditOutcome();
  const save = async () => {
    const pending = onSave();
    if (pending && (await outcome.run(pending))) setIsOpen(false);
  };
  const onEnter = (event: KeyboardEvent) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    void save();
  };
  if (!isOpen)
    return (
      <button type="button" className="add-inline-open" onClick={() => setIsOpen(true)}>
        Add {noun}
      </button>
    );
  return (
    <fieldset className="add-inline">
      <legend>New {noun}</legend>
      {children(onEnter)}
      <ProblemList outcome={outcome.result} />
      <div className="coding-actions">
        <button type="button" onClick={() => void save()} disabled={outcome.isBusy}>
          Save {noun}
        </button>
        <button type="button" onClick={() => setIsOpen(false)}>
          Cancel
        </button>
      </div>
    </fieldset>
  );
}
