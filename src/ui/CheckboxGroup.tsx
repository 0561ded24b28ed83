// A labelled group of checkboxes choosing ids; none ticked means "all".
import { useId } from "react";
import { ClampedName } from "./ClampedName";

export interface CheckboxOption {
  id: string;
  label: string;
}

interface CheckboxGroupProps {
  legend: string;
  options: readonly CheckboxOption[];
  selectedIds: readonly string[];
  onChange(ids: string[]): void;
}

export function CheckboxGroup({ legend, options, selectedIds, onChange }: CheckboxGroupProps) {
  const hintId = useId();
  const toggle = (id: string, isChecked: boolean) => {
    // Keep dataset order whatever the click order, so URLs and CSVs are stable.
    const next = new Set(selectedIds);
    if (isChecked) next.add(id);
    else next.delete(id);
    onChange(options.filter((option) => next.has(option.id)).map((option) => option.id));
  };
  return (
    <fieldset className="checkbox-group" aria-describedby={hintId}>
      <legend>{legend}</legend>
      <p id={hintId} className="hint">
        {selectedIds.length === 0 ? "All shown; tick to narrow." : `${selectedIds.length} ticked`}
      </p>
      <div className="checkbox-options">
        {options.map((option) => (
          <label key={option.id} className="checkbox">
            <input
              type="checkbox"
              checked={selectedIds.includes(option.id)}
              onChange={(event) => toggle(option.id, event.target.checked)}
            />
            <ClampedName name={option.label} />
          </label>
        ))}
      </div>
    </fieldset>
  );
}
