// The stances of the issue being edited, in scale order: each one's label, a button that
// removes it if no statement uses it (else says how many do), and a new one to add.
import { useState } from "react";
import { insertStance, removeStance } from "../../domain/edit/stanceEdits";
import type { Issue } from "../../domain/schema";
import { selectDataset } from "../../state/librarySlice";
import { useParleyStore } from "../../state/store";
import { Field } from "./Field";
import { NewStanceFields } from "./NewStanceFields";
import { newId } from "./newId";

interface StanceFieldsProps {
  issue: Issue; // as saved: new stances get ids none of its stances had
  draft: Issue;
  onStances(stances: Issue["stances"]): void;
}

export function StanceFields({ issue, draft, onStances }: StanceFieldsProps) {
  const [note, setNote] = useState<{ text: string; isRefusal: boolean } | null>(null);
  const rename = (id: string, label: string) =>
    onStances(draft.stances.map((stance) => (stance.id === id ? { ...stance, label } : stance)));
  const remove = (id: string) => {
    const removal = removeStance(selectDataset(useParleyStore.getState()), draft, id);
    const label = draft.stances.find((stance) => stance.id === id)?.label ?? id;
    if (!removal.ok) return setNote({ text: removal.reason, isRefusal: true });
    onStances(removal.stances);
    setNote({ text: `Removed “${label}”: save the issue to keep this.`, isRefusal: false });
  };
  const add = (label: string, afterId: string) => {
    const id = newId([...issue.stances, ...draft.stances], label, "stance");
    onStances(insertStance(draft.stances, { id, label, description: "" }, afterId));
    setNote({ text: `Added “${label}”: save the issue to keep it.`, isRefusal: false });
  };
  return (
    <fieldset className="stance-fields">
      <legend>Stances, from one end of the scale to the other</legend>
      <ol>
        {draft.stances.map((stance, index) => (
          <li key={stance.id}>
            <Field label={`Stance ${index + 1}`}>
              <input
                value={stance.label}
                onChange={(event) => rename(stance.id, event.target.value)}
              />
            </Field>
            <button type="button" onClick={() => remove(stance.id)}>
              Remove stance {index + 1}
            </button>
          </li>
        ))}
      </ol>
      {note && (
        <p
          className={note.isRefusal ? "coding-problems" : "hint"}
          role={note.isRefusal ? "alert" : "status"}
        >
          {note.text}
        </p>
      )}
      <NewStanceFields stances={draft.stances} onAdd={add} />
    </fieldset>
  );
}
