// A date chosen two ways: a slider over the dates that have statements, and a date input
// for any day in between, typed digit by digit without the view jumping (useTypedDate).
import { useId } from "react";
import { formatDate } from "../domain/statementText";
import { useTypedDate } from "./useTypedDate";

interface DateSliderProps {
  label: string;
  // Ascending ISO dates; the slider's stops.
  dates: readonly string[];
  value: string;
  // The latest date that can be typed; the last stop when not given.
  max?: string | undefined;
  onChange(date: string): void;
}

export function DateSlider({ label, dates, value, max, onChange }: DateSliderProps) {
  const sliderId = useId();
  const problemId = useId();
  // A typed date between two stops sits on the earlier stop: that is the data it shows.
  const stop = Math.max(0, countOnOrBefore(dates, value) - 1);
  const first = dates[0] ?? value;
  const last = max ?? dates[dates.length - 1] ?? value;
  const typed = useTypedDate(value, first, last, onChange);
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
        aria-describedby={typed.problem ? problemId : undefined}
        aria-invalid={typed.problem ? true : undefined}
        value={typed.inputValue}
        min={first}
        max={last}
        required
        onKeyDown={typed.onKeyDown}
        onChange={typed.onChange}
        onBlur={typed.onBlur}
      />
      {typed.problem && (
        <p id={problemId} className="date-slider-problem" role="status">
          {typed.problem} Still showing {formatDate(value)}.
        </p>
      )}
    </div>
  );
}

function countOnOrBefore(dates: readonly string[], date: string): number {
  let count = 0;
  while (count < dates.length && (dates[count] ?? "") <= date) count++;
  return count;
}
