// "Place it after": where a new stance goes on its issue's ordered scale, numbered as the
// scale reads, so "after 2. Build under joint control" says where it lands.
import type { Stance } from "../../domain/schema";
import { Field } from "./Field";

interface StancePlaceSelectProps {
  stances: readonly Stance[];
  afterId: string; // "" = first on the scale
  onChange(afterId: string): void;
}

export function StancePlaceSelect({ stances, afterId, onChange }: StancePlaceSelectProps) {
  return (
    <Field label="Place it after">
      <select value={afterId} onChange={(event) => onChange(event.target.value)}>
        <option value="">(first on the scale)</option>
        {stances.map((stance, index) => (
          <option key={stance.id} value={stance.id}>
            {index + 1}. {stance.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
