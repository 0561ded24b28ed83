// A new stance on the statement's issue, placed where it belongs on the issue's scale.
import { useState } from "react";
import { insertStance } from "../../domain/edit/stanceEdits";
import type { Issue } from "../../domain/schema";
import { commitChange } from "../../state/editActions";
import { AddInline } from "./AddInline";
import { Field } from "./Field";
import { newId } from "./newId";
import { StancePlaceSelect } from "./StancePlaceSelect";

export function AddStance({ issue, onAdded }: { issue: Issue; onAdded(stanceId: string): void }) {
  const [label, setLabel] = useState("");
  const [after, setAfter] = useState(issue.stances.at(-1)?.id ?? "");
  const save = () => {
    if (!label.trim()) return null;
    const id = newId(issue.stances, label, "stance");
    const stance = { id, label: label.trim(), description: "" };
    const stances = insertStance(issue.stances, stance, after);
    return commitChange({ op: "replace", collection: "issues", item: { ...issue, stances } }).then(
      (outcome) => {
        if (outcome.ok) onAdded(id);
        return outcome;
      },
    );
  };
  return (
    <AddInline noun="stance" onSave={save}>
      {(onEnter) => (
        <>
          <Field label="Stance label">
            <input
              value={label}
              onChange={(event) => setLabel(event.target.value)}
              onKeyDown={onEnter}
            />
          </Field>
          <StancePlaceSelect stances={issue.stances} afterId={after} onChange={setAfter} />
        </>
      )}
    </AddInline>
  );
}
