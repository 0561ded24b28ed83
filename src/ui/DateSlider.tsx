// A date chosen two ways: a slider over the dates that have statements, and a date input
// for any day in between.
import { useId } from "react";
import { formatDate } from "../domain/statementText";

interface DateSliderProps {
  label: string;
  // Ascending ISO dates; the slider's stops.
  dates: readonly string[];
  value: string;
  onChange(date: string): void;
}

export function DateSlider({ label, dates, value, onChange }: DateSliderProps) {
  const sliderId = useId();
  // A typed date between two stops sits on the earlier stop: that is the data it shows.
  const stop = Math.max(0, countOnOrBefore(dates, value) - 1);
  const first = dates[0];
  const last = dates[dates.length - 1];
  return (
    <div className="date-slider">
      <label htmlFor={sliderId}>{label}</label>
      <input
        id={sliderId}
        type="range"
        min={0}
        max={Math.max(0, dates.length - 1)}
        step={1}
        value={stop}
        aria-valuetext={formatDate(value)}
        onChange={(event) => {
          const date = dates[Number(event.target.value)];
          if (date) onChange(date);
        }}
      />
      <input
        type="date"
        aria-label={`${label} (date)`}
        value={value}
        min={first}
        max={last}
        required
        onChange={(event) => {
          // An emptied or out-of-range input is mid-edit, not a choice.
          const date = event.target.value;
          if (date && first && last && date >= first && date <= last) onChange(date);
        }}
      />
    </div>
  );
}

function countOnOrBefore(dates: readonly string[], date: string): number {
  let count = 0;
  while (count < dates.length && (dates[count] ?? "") <= date) count++;
  return count;
}
