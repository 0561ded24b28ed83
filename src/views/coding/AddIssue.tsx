// A new issue from the statement form: its name and its stances in scale order, one a line.
import { useState } from "react";
import { commitChange } from "../../state/editActions";
import { selectDataset } from "../../state/librarySlice";
import { useParleyStore } from "../../state/store";
import { AddInline } from "./AddInline";
import { Field } from "./Field";
import { newId } from "./newId";

export function AddIssue({ onAdded }: { onAdded(issueId: string): void }) {
  const [name, setName] = useState("");
  const [stanceLines, setStanceLines] = useState("");
  const save = () => {
    if (!name.trim()) return null;
    const { issues } = selectDataset(useParleyStore.getState());
    const labels = stanceLines
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
    const stances: Array<{ id: string; label: string; description: string }> = [];
    for (const label of labels)
      stances.push({ id: newId(stances, label, "stance"), label, description: "" });
    const id = newId(issues, name, "issue");
    const issue = { id, name: name.trim(), description: "", stances };
    return commitChange({ op: "add", collection: "issues", item: issue }).then((outcome) => {
      if (outcome.ok) onAdded(id);
      return outcome;
    });
  };
  return (
    <AddInline noun="issue" onSave={save}>
      {(onEnter) => (
        <>
          <Field label="Issue name">
            <input
              value={name}
              onChange={(event) => setName(event.target.value)}
              onKeyDown={onEnter}
            />
          </Field>
          <Field label="Stances, one a line, from one end of the scale to the other">
            <textarea
              rows={3}
              value={stanceLines}
              onChange={(event) => setStanceLines(event.target.value)}
            />
          </Field>
        </>
      )}
    </AddInline>
  );
}
