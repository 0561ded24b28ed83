// A stance to add to the issue being edited, placed where it belongs on the scale; it is
// saved with the issue.
import { type KeyboardEvent, useState } from "react";
import type { Stance } from "../../domain/schema";
import { Field } from "./Field";
import { StancePlaceSelect } from "./StancePlaceSelect";

interface NewStanceFieldsProps {
  stances: readonly Stance[];
  onAdd(label: string, afterId: string): void;
}

export function NewStanceFields({ stances, onAdd }: NewStanceFieldsProps) {
  const [label, setLabel] = useState("");
  const [after, setAfter] = useState(stances.at(-1)?.id ?? "");
  // The stance it follows may have been removed meanwhile: then it goes last.
  const afterId =
    after === "" || stances.some((s) => s.id === after) ? after : (stances.at(-1)?.id ?? "");
  const add = () => {
    if (!label.trim()) return;
    onAdd(label.trim(), afterId);
    setLabel("");
  };
  // Enter adds the stance rather than saving the whole issue.
  const onEnter = (event: KeyboardEvent) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    add();
  };
  return (
    <div className="new-stance">
      <Field label="New stance">
        <input
          value={label}
          onChange={(event) => setLabel(event.target.value)}
          onKeyDown={onEnter}
        />
      </Field>
      <StancePlaceSelect stances={stances} afterId={afterId} onChange={setAfter} />
      <button type="button" onClick={add}>
        Add stance
      </button>
    </div>
  );
}
